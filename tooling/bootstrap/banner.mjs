export const DEMO_ACCOUNTS_TEXT = `
  Demo accounts (password: parkflow)
    dispatcher   受理交办员 dispatcher
    handler      承办人 case handler (公用事业服务中心)
    handler2     承办人 case handler (人力资源和社会保障局)
    head         部门负责人 head of handler's department
    leader       分管/包案领导 leader
    liaison      包保干部 liaison cadre
    enterprise   企业联系人 contact of 华光精密机械有限公司
    admin        系统管理员 administrator
`;
