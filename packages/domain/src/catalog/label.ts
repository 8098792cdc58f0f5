/** Every user-facing word comes in zh-CN first and English second. */
export interface Label {
  zh: string;
  en: string;
}
