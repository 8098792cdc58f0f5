import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';

/** What the document prints: the rendered notice, what it is about, and who signs it when. */
export interface NoticeDocument {
  title: string;
  paragraphs: string[];
  /** The kind's name, for the reference line under the title (信访件编号：…). */
  kindLabel: string;
  code: string;
  /** The issuing office, right-aligned at the foot above the date. */
  unitName: string;
  /** The date at the foot, already in Chinese form (2026年12月2日). */
  dateLine: string;
}

/*
 * Laid out after the usual form of official letters (GB/T 9704): A4, title 二号 bold centred,
 * body 三号 仿宋 with a fixed 28 pt line and a two-character first-line indent, the unit and
 * date right-aligned at the foot. The fonts are named, not embedded: every Chinese Windows or
 * WPS install has a 仿宋 and a 宋体, and Word substitutes the nearest one where the exact name
 * (仿宋_GB2312) is missing, which keeps the file a few kilobytes.
 */
const TWIPS_PER_MM = 56.7;
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: Math.round(37 * TWIPS_PER_MM), bottom: Math.round(35 * TWIPS_PER_MM), left: Math.round(28 * TWIPS_PER_MM), right: Math.round(26 * TWIPS_PER_MM) };
const SIZE = { erhao: 44, sanhao: 32, sihao: 28 } as const; // half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt
const BODY_FONT = { ascii: 'FangSong', hAnsi: 'FangSong', eastAsia: '仿宋_GB2312', cs: 'FangSong' };
const TITLE_FONT = { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: '宋体', cs: 'SimSun' };
const BODY_LINE = { line: 560, lineRule: LineRuleType.EXACT }; // 28 pt in twips
/** 2 characters of 三号 from the right edge, so the signature does not sit on the margin. */
const FOOT_INDENT = { right: 2 * 320 };

const run = (text: string, options: IRunOptions = {}) => new TextRun({ text, font: BODY_FONT, size: SIZE.sanhao, ...options });

/** A salutation (刘女士：) stands flush left; every other paragraph is indented two characters. */
const isSalutation = (text: string, index: number) => index === 0 && /[：:]$/.test(text);

export async function renderNoticeDocx(notice: NoticeDocument): Promise<Buffer> {
  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 240 }, children: [new TextRun({ text: notice.title, bold: true, font: TITLE_FONT, size: SIZE.erhao })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 240 }, children: [run(`${notice.kindLabel}编号：${notice.code}`, { size: SIZE.sihao })] }),
    ...notice.paragraphs.map(
      (text, index) =>
        new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: BODY_LINE, indent: isSalutation(text, index) ? undefined : { firstLineChars: 200 }, children: [run(text)] }),
    ),
    new Paragraph({ spacing: BODY_LINE, children: [] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: BODY_LINE, indent: FOOT_INDENT, children: [run(notice.unitName)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: BODY_LINE, indent: FOOT_INDENT, children: [run(notice.dateLine)] }),
  ];
  const document = new Document({
    title: notice.title,
    creator: notice.unitName,
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE.sanhao } } } },
    sections: [{ properties: { page: { size: A4, margin: MARGIN } }, children }],
  });
  return Packer.toBuffer(document);
}
