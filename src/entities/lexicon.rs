//! The domain lexicon: generic suffixes, titles, designation words and surnames. Generic vocabulary
//! of the genre only, never the names of particular parks or firms.

/// Words that end a park or zone name, longest first (成都凉山工业园区, 磨憨—磨丁合作区).
pub(super) const PARK_SUFFIXES: &[&str] = &[
    "工业集中发展区",
    "高新技术产业开发区",
    "经济技术开发区",
    "经济开发区",
    "经济发展区",
    "工业园区",
    "产业园区",
    "产业园",
    "孵化园",
    "合作区",
    "开发区",
    "经开区",
    "高新区",
    "科技城",
    "艺术城",
    "汽车城",
    "车城",
    "示范区",
    "经济区",
    "自贸区",
    "保税区",
    "综保区",
    "度假区",
    "片区",
    "新区",
    "园区",
    "新城",
    "基地",
];

/// Park short forms that are names on their own (高新区 for the city's 高新区, as printed).
pub(super) const BARE_PARKS: &[&str] = &["高新区", "经开区", "自贸区", "综保区"];

/// Words that make a park phrase a designation or a category rather than a name (省级化工园区,
/// 国家高新区, 四川省成长型特色产业园区, 20个试点园区).
pub(super) const DESIGNATION_WORDS: &[&str] = &[
    "省级",
    "国家级",
    "市级",
    "县级",
    "国家",
    "国省级",
    "省市级",
    "重点",
    "特色",
    "试点",
    "示范",
    "成长型",
    "首批",
    "优势",
    "跨区域",
    "现代化",
    "绿色低碳",
    "低碳",
    "党建",
    "团结",
    "协作",
    "专业",
    "同类",
    "一批",
    "承接",
];

/// Generic words: a park or organisation prefix made only of these is a category (产业园区, 研发中心).
pub(super) const GENERIC_WORDS: &[&str] = &[
    "飞地",
    "产业",
    "工业",
    "生态",
    "宜居",
    "宜业",
    "创新",
    "发展",
    "经济",
    "合作",
    "区域",
    "新型",
    "现代",
    "综合",
    "集中",
    "加工",
    "农副产品",
    "化工",
    "物流",
    "研发",
    "生产",
    "科创",
    "制造",
    "服务",
    "公共",
    "邻里",
    "商务",
    "金融",
    "高质量",
    "双创",
    "新",
    "大",
    "全国",
    "工业化",
    "最大",
    "整体",
    "园区",
    "党委",
    "政府",
    "党工委",
    "周边",
    "集散",
];

/// Words that end an organisation name, longest first.
pub(super) const ORG_SUFFIXES: &[&str] = &[
    "领导小组办公室",
    "发展改革委",
    "经济和信息化厅",
    "商务厅",
    "财政厅",
    "科技厅",
    "教育厅",
    "人大常委会",
    "检察院",
    "法院",
    "政协",
    "人民政府",
    "专家委员会",
    "委员会",
    "顾问团",
    "党工委",
    "管委会",
    "发改委",
    "经信局",
    "经信委",
    "国资委",
    "药监局",
    "商务局",
    "财政局",
    "科技局",
    "教育局",
    "统计局",
    "办公室",
    "新闻网",
    "电视台",
    "日报",
    "晚报",
    "研究院",
    "研究所",
    "分中心",
    "中心",
    "协会",
    "商会",
    "学会",
    "大学",
    "学院",
    "学校",
    "校区",
    "政府",
    "党委",
];

/// Organisation suffixes that are names with just a level character before them (市政府, 州委, 市经信局).
pub(super) const LEVEL_CHARS: &[char] = &['省', '市', '州', '县', '区'];

/// Organisation suffixes that need a proper-name prefix: a bare or generic one is not a name.
pub(super) const WEAK_ORG_SUFFIXES: &[&str] = &["中心", "分中心", "办公室", "委员会", "党委"];

/// Company suffixes, longest first.
pub(super) const COMPANY_SUFFIXES: &[&str] = &["股份有限公司", "有限责任公司", "有限公司", "集团", "公司"];

/// Endings of firms' short names printed without a legal suffix (爱创科技, 富临精工).
pub(super) const COMPANY_SHORT_ENDINGS: &[&str] = &["科技", "精工", "实业", "控股", "股份", "能科", "机器人"];

/// Words that describe a project, not a firm (烟厂技改, 警训基地): an enumerated item with one is no company.
pub(super) const PROJECT_WORDS: &[&str] = &["技改", "基地", "工程", "改造", "厂房", "项目", "公寓", "中心"];

/// Trailing words stripped from an enumerated project to get the firm (高仙机器人二期, 方特文旅).
pub(super) const PROJECT_TAILS: &[&str] = &["一期", "二期", "三期", "文旅", "项目"];

/// Words that end an event name, longest first.
pub(super) const EVENT_SUFFIXES: &[&str] = &[
    "博览会",
    "交易会",
    "洽谈会",
    "推介会",
    "联席会",
    "研讨会",
    "发布会",
    "招商会",
    "对接会",
    "博会",
    "论坛",
    "峰会",
    "全会",
    "大会",
    "年会",
];

/// Official titles, longest first (州委副书记 → 副书记).
pub(super) const TITLES: &[&str] = &[
    "常务副市长",
    "常务副县长",
    "党委书记",
    "副书记",
    "书记",
    "副市长",
    "市长",
    "副州长",
    "州长",
    "副县长",
    "县长",
    "副区长",
    "区长",
    "副省长",
    "省长",
    "副主任",
    "主任",
    "委员",
    "常委",
    "副局长",
    "局长",
    "董事长",
    "总经理",
    "副总经理",
    "总裁",
    "副主席",
    "主席",
    "副部长",
    "部长",
    "厅长",
    "副秘书长",
    "秘书长",
    "院长",
    "校长",
    "会长",
];

/// Verbs of speaking that follow a person's name (陈旋介绍).
pub(super) const SPEECH_VERBS: &[&str] = &["介绍", "表示", "指出", "强调", "说", "认为", "透露"];

/// Words after which a pair abbreviation (成凉, 甘眉) names a cooperation.
pub(crate) const COOPERATION_WORDS: &[&str] =
    &["合作", "东西部", "协作", "区域", "同城", "一体化", "工业园", "产业园", "园区", "两地", "对口", "共建"];

/// Words that mark a sentence about cooperation between the places it names.
pub(crate) const COOPERATION_VERBS: &[&str] = &["合作", "协作", "托管", "对口", "携手", "共建", "帮扶"];

/// Region words that make a place of what precedes them (攀西地区, 成都都市圈).
pub(super) const REGION_WORDS: &[&str] = &["经济圈", "都市圈", "城市群", "经济带", "地区"];

/// Single-character surnames (simplified).
pub(super) const SURNAMES: &str =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜\
叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴\
莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单\
季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑\
景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

/// Compound surnames.
pub(super) const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
    "令狐",
];

/// Verbs that govern a name and end its reach, whatever jieba makes of them (充分发挥 read as a noun,
/// 做大做强甘眉公司 cut as 做/大/做/强甘眉, 力争 tagged as a proper noun).
pub(super) const GOVERNING_VERBS: &[&str] = &[
    "做大做强",
    "充分发挥",
    "发挥",
    "全力支持",
    "支持",
    "谋划",
    "落户",
    "推进",
    "推动",
    "加快",
    "建设",
    "依托",
    "围绕",
    "注册",
    "成立",
    "组建",
    "建立",
    "设立",
    "列入",
    "列为",
    "帮助",
    "邀请",
    "举行",
    "参加",
    "打造",
    "实现",
    "确保",
    "力争",
    "位于",
    "深入",
    "积极",
    "争取",
    "共建",
    "入驻",
    "进驻",
    "落地",
    "入园",
    "有限公司",
    "共同",
    "感谢",
    "擦亮",
    "贯彻",
    "提出",
    "创建",
    "出台",
    "划定",
    "引进",
    "招引",
    "培育",
    "协商",
];

/// Words of park and agency names that jieba tags as adverbs, verbs or time words (成都高新综合保税区,
/// 成都—凉山现代农业产业园区).
pub(super) const NAME_PARTS: &[&str] =
    &["高新", "综合", "国际", "新型", "临港", "临空", "经开", "保税", "现代"];
