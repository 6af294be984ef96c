/**
 * 名词解释: 第四部分 of the seed document, transcribed as data. Terms and definitions are exactly as printed
 * (the definition of 十八 runs over a page break in the seed and is joined here). Aliases are the other
 * spellings under which the tables print the same thing, so that column headers and row labels find it.
 */

export interface GlossaryEntry {
  /** The printed ordinal: 一 … 十八. */
  ordinal: string;
  /** The term as printed (with its quotation marks: “三公”经费). */
  term: string;
  /** The definition exactly as printed. */
  definition: string;
  /**
   * Other labels the tables use for the same concept: the 财政拨款 form of 04's balances, 06's class name,
   * 09's columns for the parts of the 三公经费, and the seed's own misprint 附属部门上缴收入 (CHECKS.md C-4).
   */
  aliases: readonly string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    ordinal: "一",
    term: "财政拨款收入",
    definition: "单位从同级政府财政部门取得的财政预算资金。",
    aliases: [],
  },
  {
    ordinal: "二",
    term: "事业收入",
    definition: "事业单位开展专业业务活动及其辅助活动取得的收入。",
    aliases: [],
  },
  {
    ordinal: "三",
    term: "上级补助收入",
    definition: "事业单位从主管部门和上级单位取得的非财政补助收入。",
    aliases: [],
  },
  {
    ordinal: "四",
    term: "附属单位上缴收入",
    definition: "事业单位取得附属独立核算单位根据有关规定上缴的收入。",
    aliases: ["附属部门上缴收入"],
  },
  {
    ordinal: "五",
    term: "经营收入",
    definition: "事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
    aliases: [],
  },
  {
    ordinal: "六",
    term: "其他收入",
    definition:
      "单位取得的除“财政拨款收入”、“事业收入”、“上级补助收入”、“附属单位上缴收入”、“经营收入”以外的各项收入。",
    aliases: [],
  },
  {
    ordinal: "七",
    term: "使用非财政拨款结余",
    definition: "指事业单位使用以前年度积累的非财政拨款结余弥补当年收支差额的金额。",
    aliases: [],
  },
  {
    ordinal: "八",
    term: "年初结转和结余",
    definition:
      "指单位以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金，或项目已完成等产生的结余资金。",
    aliases: ["年初财政拨款结转和结余"],
  },
  {
    ordinal: "九",
    term: "基本支出",
    definition: "为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
    aliases: [],
  },
  {
    ordinal: "十",
    term: "项目支出",
    definition: "基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    aliases: [],
  },
  {
    ordinal: "十一",
    term: "经营支出",
    definition: "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。",
    aliases: [],
  },
  {
    ordinal: "十二",
    term: "工资福利支出",
    definition:
      "单位支付给在职职工和编制外长期聘用人员的各类劳动报酬，以及为上述人员缴纳的各项社会保险费等。",
    aliases: [],
  },
  {
    ordinal: "十三",
    term: "商品和服务支出",
    definition: "单位购买商品和服务的支出。",
    aliases: [],
  },
  {
    ordinal: "十四",
    term: "对个人和家庭的补助支出",
    definition: "单位用于对个人和家庭的补助支出。",
    aliases: ["对个人和家庭的补助"],
  },
  {
    ordinal: "十五",
    term: "结余分配",
    definition: "指事业单位按照会计制度规定缴纳的所得税、提取的专用结余以及转入非财政拨款结余的金额等。",
    aliases: [],
  },
  {
    ordinal: "十六",
    term: "年末结转和结余",
    definition: "指单位按有关规定结转到下年或以后年度继续使用的资金，或项目已完成等产生的结余资金。",
    aliases: ["年末财政拨款结转和结余"],
  },
  {
    ordinal: "十七",
    term: "“三公”经费",
    definition:
      "纳入同级财政预决算管理“三公”经费，指单位使用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行费反映单位公务用车车辆购置支出（含车辆购置税）及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。",
    aliases: [
      "三公经费",
      "因公出国（境）费",
      "公务用车购置及运行维护费",
      "公务用车购置及运行费",
      "公务接待费",
    ],
  },
  {
    ordinal: "十八",
    term: "机关运行经费",
    definition:
      "为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。",
    aliases: [],
  },
];
