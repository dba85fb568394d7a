import type { Language } from './types.js';

/**
 * The product catalog ListProducts and ListCategories serve: four groups as in spec §2.4, products
 * with en/zh/jp names, and categories with stable integer ids (ListCategories returns Id as int32).
 */

type Names = readonly [en: string, zh: string, jp: string];

interface ProductDef {
  code: string;
  names: Names;
  description: Names;
  categories: readonly string[];
}

export interface CatalogCategory {
  id: number;
  key: string;
  names: Names;
}

export interface CatalogProduct {
  code: string;
  names: Names;
  description: Names;
  categories: CatalogCategory[];
}

const CATEGORY_NAMES: Readonly<Record<string, Names>> = {
  purchase: ['Purchase, upgrade and renewal', '购买、升降配与续费', '購入、アップグレード、更新'],
  config: ['Configuration and usage', '配置与使用', '設定と使用方法'],
  connectivity: ['Connectivity and network access', '连接与网络访问', '接続とネットワークアクセス'],
  performance: ['Performance and troubleshooting', '性能与故障排查', 'パフォーマンスとトラブルシューティング'],
  api: ['API, SDK and CLI', 'API、SDK 与 CLI', 'API、SDK、CLI'],
  security: ['Security and access control', '安全与访问控制', 'セキュリティとアクセス制御'],
  other: ['Other questions', '其他问题', 'その他の質問'],
  ecs_start: [
    'Instance cannot start or be connected to',
    '实例无法启动或无法连接',
    'インスタンスが起動しない・接続できない',
  ],
  disk: ['Disks and snapshots', '云盘与快照', 'ディスクとスナップショット'],
  image: ['Images and operating systems', '镜像与操作系统', 'イメージとオペレーティングシステム'],
  backup: ['Backup and restore', '备份与恢复', 'バックアップと復元'],
  slow_query: ['Slow queries and high CPU usage', '慢查询与 CPU 使用率高', 'スロークエリと高い CPU 使用率'],
  bucket: ['Buckets and object access', 'Bucket 与文件访问', 'バケットとオブジェクトへのアクセス'],
  transfer_data: [
    'Upload, download and data migration',
    '上传、下载与数据迁移',
    'アップロード、ダウンロード、データ移行',
  ],
  listener: ['Listeners and health checks', '监听与健康检查', 'リスナーとヘルスチェック'],
  route: ['Route tables and vSwitches', '路由表与交换机', 'ルートテーブルと vSwitch'],
  cache: ['Caching, refresh and prefetch', '缓存、刷新与预热', 'キャッシュ、リフレッシュ、プリフェッチ'],
  https: ['HTTPS certificates', 'HTTPS 证书', 'HTTPS 証明書'],
  domain_reg: ['Registration and transfer', '注册与转入转出', '登録と移管'],
  whois: ['Domain information and real-name verification', '域名信息与实名认证', 'ドメイン情報と実名認証'],
  resolution: ['DNS record resolution', '解析记录生效问题', 'DNS レコードの解決'],
  cluster: ['Cluster creation and upgrade', '集群创建与升级', 'クラスターの作成とアップグレード'],
  workload: ['Pods, workloads and scheduling', 'Pod、工作负载与调度', 'Pod、ワークロード、スケジューリング'],
  attack: ['Under attack / blackholing', '遭受攻击与黑洞', '攻撃を受けている / ブラックホール'],
  certificate: ['Certificate application and deployment', '证书申请与部署', '証明書の申請とデプロイ'],
  logs: ['Log collection and query', '日志采集与查询', 'ログの収集とクエリ'],
  alarm: ['Alarms and notifications', '报警与通知', 'アラームと通知'],
  bill: ['Bills and charges', '账单与费用', '請求書と料金'],
  payment: ['Payment methods', '支付方式', '支払い方法'],
  overdue: ['Overdue payments and service suspension', '欠费与停服', '支払い遅延とサービス停止'],
  coupon: ['Coupons and vouchers', '优惠券与代金券', 'クーポンとバウチャー'],
  refund_req: ['Refund requests', '退款申请', '返金申請'],
  unsubscribe: ['Unsubscription', '退订', '解約'],
  invoice_apply: ['Invoice application', '发票申请', '請求書（インボイス）の発行'],
  invoice_info: ['Invoice information changes', '发票信息修改', '請求書情報の変更'],
  icp_new: ['New ICP filing', '首次备案', '新規 ICP 登録'],
  icp_change: ['Change an existing filing', '变更备案', '登録内容の変更'],
  icp_cancel: ['Cancel a filing', '注销备案', '登録の取り消し'],
  icp_progress: ['Filing progress and review', '备案进度与审核', '登録の進捗と審査'],
  realname: ['Real-name verification', '实名认证', '実名認証'],
  login: ['Login and MFA', '登录与 MFA', 'ログインと MFA'],
  account_info: ['Account information changes', '账号信息变更', 'アカウント情報の変更'],
  account_close: ['Account closure', '账号注销', 'アカウントの解約'],
  partner: ['Partner program', '合作伙伴计划', 'パートナープログラム'],
  reseller: ['Reseller account management', '分销账号管理', 'リセラーアカウント管理'],
  complaint: ['Service complaints', '服务投诉', 'サービスに関する苦情'],
  suggestion: ['Product suggestions', '产品建议', '製品へのご提案'],
  contract: ['Contract signing and changes', '合同签署与变更', '契約の締結と変更'],
  mkt_purchase: ['Marketplace purchases', '云市场商品购买', 'マーケットプレイスでの購入'],
  mkt_vendor: ['Contacting a vendor', '联系服务商', 'ベンダーへの連絡'],
  compliance_cert: ['Compliance certifications', '合规认证', 'コンプライアンス認証'],
  data_protection: ['Data protection inquiries', '数据保护咨询', 'データ保護に関するお問い合わせ'],
  exam: ['Certification exams', '认证考试', '認定試験'],
  course: ['Courses and training', '课程与培训', 'コースとトレーニング'],
  quote: ['Pricing and quotes', '价格与报价', '価格と見積もり'],
  solution: ['Solution consultation', '解决方案咨询', 'ソリューションのご相談'],
};

const TECH = ['purchase', 'config', 'connectivity', 'performance', 'api', 'other'] as const;
const SEC = ['purchase', 'config', 'security', 'api', 'other'] as const;

function p(code: string, names: Names, description: Names, categories: readonly string[]): ProductDef {
  return { code, names, description, categories };
}

const PRODUCTS: readonly ProductDef[] = [
  // Consultation (non-technical) products.
  p(
    'agent',
    ['Partner and Reseller Services', '合作伙伴与分销服务', 'パートナーおよびリセラーサービス'],
    ['Partner program and reseller accounts', '合作伙伴计划与分销账号', 'パートナープログラムとリセラーアカウント'],
    ['partner', 'reseller', 'other'],
  ),
  p(
    'billing',
    ['Billing and Payments', '费用与支付', '請求と支払い'],
    ['Bills, payments, overdue accounts and coupons', '账单、支付、欠费与优惠券', '請求書、支払い、延滞、クーポン'],
    ['bill', 'payment', 'overdue', 'coupon', 'other'],
  ),
  p(
    'icp',
    ['ICP Filing', 'ICP 备案', 'ICP 登録'],
    [
      'ICP filing for websites hosted in the Chinese mainland',
      '中国内地网站的 ICP 备案',
      '中国本土でホストするウェブサイトの ICP 登録',
    ],
    ['icp_new', 'icp_change', 'icp_cancel', 'icp_progress', 'other'],
  ),
  p(
    'refund',
    ['Refunds and Unsubscription', '退款与退订', '返金と解約'],
    ['Refund requests and unsubscribing from services', '退款申请与服务退订', '返金申請とサービスの解約'],
    ['refund_req', 'unsubscribe', 'other'],
  ),
  p(
    'invoice',
    ['Invoices', '发票', '請求書（インボイス）'],
    ['Invoice application and information changes', '发票申请与信息修改', 'インボイスの発行と情報の変更'],
    ['invoice_apply', 'invoice_info', 'other'],
  ),
  p(
    'account',
    ['Account Management', '账号管理', 'アカウント管理'],
    [
      'Real-name verification, login and account changes',
      '实名认证、登录与账号变更',
      '実名認証、ログイン、アカウントの変更',
    ],
    ['realname', 'login', 'account_info', 'account_close', 'other'],
  ),
  p(
    'aftersale',
    ['After-sales Service', '售后服务', 'アフターサービス'],
    ['Complaints and suggestions about our service', '服务投诉与建议', 'サービスに関する苦情とご提案'],
    ['complaint', 'suggestion', 'other'],
  ),
  p(
    'contract',
    ['Contracts', '合同', '契約'],
    ['Signing and changing contracts', '合同签署与变更', '契約の締結と変更'],
    ['contract', 'other'],
  ),
  p(
    'marketplace',
    ['Alibaba Cloud Marketplace', '云市场', 'Alibaba Cloud Marketplace'],
    ['Third-party products and vendors', '第三方商品与服务商', 'サードパーティ製品とベンダー'],
    ['mkt_purchase', 'mkt_vendor', 'other'],
  ),
  p(
    'compliance',
    ['Security and Compliance Consulting', '安全合规咨询', 'セキュリティとコンプライアンスのご相談'],
    ['Certifications and data protection', '合规认证与数据保护', '認証とデータ保護'],
    ['compliance_cert', 'data_protection', 'other'],
  ),
  p(
    'training',
    ['Certification and Training', '认证与培训', '認定とトレーニング'],
    ['Certification exams and courses', '认证考试与课程', '認定試験とコース'],
    ['exam', 'course', 'other'],
  ),
  p(
    'presale',
    ['Pre-sales Consultation', '售前咨询', 'プリセールスのご相談'],
    ['Pricing, quotes and solution design', '价格、报价与方案设计', '価格、見積もり、ソリューション設計'],
    ['quote', 'solution', 'other'],
  ),
  // Technical products.
  p(
    'ecs',
    ['Elastic Compute Service', '云服务器 ECS', 'ECS'],
    ['Scalable virtual servers', '弹性可伸缩的云服务器', 'スケーラブルな仮想サーバー'],
    ['ecs_start', 'disk', 'image', ...TECH],
  ),
  p(
    'ess',
    ['Auto Scaling', '弹性伸缩', 'Auto Scaling'],
    ['Automatic scaling of ECS instances', '自动调整 ECS 实例数量', 'ECS インスタンスの自動スケーリング'],
    TECH,
  ),
  p(
    'fc',
    ['Function Compute', '函数计算', 'Function Compute'],
    ['Serverless, event-driven compute', '事件驱动的全托管计算服务', 'サーバーレスのイベント駆動型コンピューティング'],
    TECH,
  ),
  p(
    'swas',
    ['Simple Application Server', '轻量应用服务器', 'Simple Application Server'],
    [
      'All-in-one servers for websites and small apps',
      '面向网站和轻量应用的一体化服务器',
      'ウェブサイトや小規模アプリ向けのオールインワンサーバー',
    ],
    ['ecs_start', ...TECH],
  ),
  p(
    'ack',
    ['Container Service for Kubernetes', '容器服务 Kubernetes 版', 'Container Service for Kubernetes'],
    ['Managed Kubernetes clusters', '托管的 Kubernetes 集群', 'マネージド Kubernetes クラスター'],
    ['cluster', 'workload', ...TECH],
  ),
  p(
    'acr',
    ['Container Registry', '容器镜像服务', 'Container Registry'],
    ['Container image hosting and distribution', '容器镜像托管与分发', 'コンテナイメージのホスティングと配布'],
    TECH,
  ),
  p(
    'oss',
    ['Object Storage Service', '对象存储 OSS', 'Object Storage Service (OSS)'],
    ['Massive, secure object storage', '海量、安全的对象存储', '大容量で安全なオブジェクトストレージ'],
    ['bucket', 'transfer_data', ...TECH],
  ),
  p(
    'nas',
    ['File Storage NAS', '文件存储 NAS', 'File Storage NAS'],
    ['Shared file systems', '共享文件系统', '共有ファイルシステム'],
    TECH,
  ),
  p(
    'hbr',
    ['Cloud Backup', '云备份', 'Cloud Backup'],
    ['Backup for ECS, databases and files', 'ECS、数据库与文件备份', 'ECS、データベース、ファイルのバックアップ'],
    ['backup', ...TECH],
  ),
  p(
    'rds',
    ['ApsaraDB RDS', '云数据库 RDS', 'ApsaraDB RDS'],
    [
      'Managed MySQL, PostgreSQL and SQL Server',
      '托管的 MySQL、PostgreSQL 与 SQL Server',
      'マネージド MySQL、PostgreSQL、SQL Server',
    ],
    ['backup', 'slow_query', ...TECH],
  ),
  p(
    'polardb',
    ['PolarDB', '云原生数据库 PolarDB', 'PolarDB'],
    ['Cloud-native relational database', '云原生关系型数据库', 'クラウドネイティブのリレーショナルデータベース'],
    ['backup', 'slow_query', ...TECH],
  ),
  p(
    'redis',
    ['Tair (Redis OSS-compatible)', '云数据库 Tair（兼容 Redis）', 'Tair (Redis OSS 互換)'],
    ['In-memory database', '内存数据库', 'インメモリデータベース'],
    TECH,
  ),
  p(
    'mongodb',
    ['ApsaraDB for MongoDB', '云数据库 MongoDB', 'ApsaraDB for MongoDB'],
    ['Managed MongoDB', '托管的 MongoDB', 'マネージド MongoDB'],
    ['backup', ...TECH],
  ),
  p(
    'dts',
    ['Data Transmission Service', '数据传输服务 DTS', 'Data Transmission Service'],
    ['Data migration and synchronization', '数据迁移与同步', 'データ移行と同期'],
    TECH,
  ),
  p(
    'adb',
    ['AnalyticDB', '云原生数据仓库 AnalyticDB', 'AnalyticDB'],
    ['Real-time data warehouse', '实时数据仓库', 'リアルタイムデータウェアハウス'],
    ['slow_query', ...TECH],
  ),
  p(
    'vpc',
    ['Virtual Private Cloud', '专有网络 VPC', 'Virtual Private Cloud (VPC)'],
    ['Isolated cloud networks', '隔离的云上网络', '分離されたクラウドネットワーク'],
    ['route', ...TECH],
  ),
  p(
    'slb',
    ['Server Load Balancer', '负载均衡 SLB', 'Server Load Balancer (SLB)'],
    ['Traffic distribution across servers', '在多台服务器间分发流量', '複数サーバーへのトラフィック分散'],
    ['listener', 'https', ...TECH],
  ),
  p(
    'eip',
    ['Elastic IP Address', '弹性公网 IP', 'Elastic IP Address'],
    ['Public IP addresses you can rebind', '可独立购买和绑定的公网 IP', '付け替え可能なパブリック IP アドレス'],
    TECH,
  ),
  p(
    'nat',
    ['NAT Gateway', 'NAT 网关', 'NAT Gateway'],
    ['SNAT and DNAT for VPCs', '为 VPC 提供 SNAT 与 DNAT', 'VPC 向けの SNAT と DNAT'],
    TECH,
  ),
  p(
    'cen',
    ['Cloud Enterprise Network', '云企业网', 'Cloud Enterprise Network'],
    [
      'Global private network between VPCs and data centres',
      '连接 VPC 与数据中心的全球私网',
      'VPC とデータセンターを結ぶグローバルなプライベートネットワーク',
    ],
    ['route', ...TECH],
  ),
  p(
    'vpn',
    ['VPN Gateway', 'VPN 网关', 'VPN Gateway'],
    ['IPsec and SSL VPN', 'IPsec 与 SSL VPN', 'IPsec VPN と SSL VPN'],
    TECH,
  ),
  p(
    'cdn',
    ['Content Delivery Network', 'CDN', 'CDN'],
    ['Accelerated delivery of static content', '静态内容加速分发', '静的コンテンツの高速配信'],
    ['cache', 'https', ...TECH],
  ),
  p(
    'ga',
    ['Global Accelerator', '全球加速', 'Global Accelerator'],
    ['Accelerated cross-region access', '跨地域访问加速', 'リージョンをまたぐアクセスの高速化'],
    TECH,
  ),
  p(
    'domain',
    ['Domains', '域名', 'ドメイン'],
    ['Domain registration and management', '域名注册与管理', 'ドメインの登録と管理'],
    ['domain_reg', 'whois', 'other'],
  ),
  p(
    'dns',
    ['Alibaba Cloud DNS', '云解析 DNS', 'Alibaba Cloud DNS'],
    ['Authoritative DNS hosting', '权威 DNS 解析', '権威 DNS ホスティング'],
    ['resolution', ...TECH],
  ),
  p(
    'waf',
    ['Web Application Firewall', 'Web 应用防火墙', 'Web Application Firewall'],
    ['Protection against web attacks', '防护 Web 攻击', 'ウェブ攻撃からの保護'],
    ['attack', ...SEC],
  ),
  p(
    'ddos',
    ['Anti-DDoS', 'DDoS 防护', 'Anti-DDoS'],
    ['Mitigation of DDoS attacks', '缓解 DDoS 攻击', 'DDoS 攻撃の緩和'],
    ['attack', ...SEC],
  ),
  p(
    'sas',
    ['Security Center', '云安全中心', 'Security Center'],
    ['Threat detection and vulnerability fixes', '威胁检测与漏洞修复', '脅威検出と脆弱性の修正'],
    SEC,
  ),
  p(
    'kms',
    ['Key Management Service', '密钥管理服务', 'Key Management Service'],
    ['Keys and secrets management', '密钥与凭据管理', 'キーとシークレットの管理'],
    SEC,
  ),
  p(
    'ssl',
    ['Certificate Management Service', '数字证书管理服务', 'Certificate Management Service'],
    ['SSL/TLS certificates', 'SSL/TLS 证书', 'SSL/TLS 証明書'],
    ['certificate', ...SEC],
  ),
  p(
    'sls',
    ['Simple Log Service', '日志服务 SLS', 'Simple Log Service'],
    ['Log collection, query and analysis', '日志采集、查询与分析', 'ログの収集、クエリ、分析'],
    ['logs', ...TECH],
  ),
  p(
    'cms',
    ['CloudMonitor', '云监控', 'CloudMonitor'],
    ['Monitoring and alarms for cloud resources', '云资源监控与报警', 'クラウドリソースの監視とアラーム'],
    ['alarm', ...TECH],
  ),
  p(
    'maxcompute',
    ['MaxCompute', '云原生大数据计算服务 MaxCompute', 'MaxCompute'],
    ['Large-scale data warehousing', '大规模数据仓库', '大規模データウェアハウス'],
    TECH,
  ),
  p(
    'dataworks',
    ['DataWorks', '大数据开发治理平台 DataWorks', 'DataWorks'],
    ['Data development and governance', '数据开发与治理', 'データ開発とガバナンス'],
    TECH,
  ),
  p(
    'pai',
    ['Platform for AI', '人工智能平台 PAI', 'Platform for AI'],
    ['Machine learning platform', '机器学习平台', '機械学習プラットフォーム'],
    TECH,
  ),
  p(
    'rocketmq',
    ['ApsaraMQ for RocketMQ', '云消息队列 RocketMQ 版', 'ApsaraMQ for RocketMQ'],
    ['Managed message queues', '托管的消息队列', 'マネージドメッセージキュー'],
    TECH,
  ),
  p(
    'apigateway',
    ['API Gateway', 'API 网关', 'API Gateway'],
    ['Publish and manage APIs', 'API 的发布与管理', 'API の公開と管理'],
    TECH,
  ),
  p(
    'ram',
    ['Resource Access Management', '访问控制 RAM', 'Resource Access Management'],
    ['Users, roles and permissions', '用户、角色与权限', 'ユーザー、ロール、権限'],
    ['login', ...SEC],
  ),
  p(
    'actiontrail',
    ['ActionTrail', '操作审计', 'ActionTrail'],
    ['Audit of API calls and console actions', 'API 调用与控制台操作审计', 'API 呼び出しとコンソール操作の監査'],
    TECH,
  ),
];

type Group = { key: string; names: Names; codes: readonly string[] };

const GROUPS = {
  HotConsultation: ['agent', 'billing', 'icp', 'refund', 'invoice'],
  ConsultationMore: ['account', 'aftersale', 'contract', 'marketplace', 'compliance', 'training', 'presale'],
  HotTech: ['ecs', 'rds', 'oss', 'slb', 'vpc', 'cdn', 'domain', 'dns'],
} as const;

const TECH_MORE: readonly Group[] = [
  { key: 'compute', names: ['Compute', '计算', 'コンピューティング'], codes: ['ecs', 'ess', 'fc', 'swas'] },
  { key: 'containers', names: ['Containers', '容器', 'コンテナ'], codes: ['ack', 'acr'] },
  { key: 'storage', names: ['Storage', '存储', 'ストレージ'], codes: ['oss', 'nas', 'hbr'] },
  {
    key: 'databases',
    names: ['Databases', '数据库', 'データベース'],
    codes: ['rds', 'polardb', 'redis', 'mongodb', 'dts', 'adb'],
  },
  {
    key: 'networking',
    names: ['Networking and CDN', '网络与 CDN', 'ネットワークと CDN'],
    codes: ['vpc', 'slb', 'eip', 'nat', 'cen', 'vpn', 'cdn', 'ga'],
  },
  { key: 'domains', names: ['Domains and Websites', '域名与网站', 'ドメインとウェブサイト'], codes: ['domain', 'dns'] },
  { key: 'security', names: ['Security', '安全', 'セキュリティ'], codes: ['waf', 'ddos', 'sas', 'kms', 'ssl'] },
  { key: 'observability', names: ['Observability', '可观测', 'オブザーバビリティ'], codes: ['sls', 'cms'] },
  {
    key: 'bigdata',
    names: ['Big Data and AI', '大数据与人工智能', 'ビッグデータと AI'],
    codes: ['maxcompute', 'dataworks', 'pai'],
  },
  { key: 'middleware', names: ['Middleware', '中间件', 'ミドルウェア'], codes: ['rocketmq', 'apigateway'] },
  {
    key: 'management',
    names: ['Management and Governance', '管理与治理', '管理とガバナンス'],
    codes: ['ram', 'actiontrail'],
  },
];

function buildCatalog(): Map<string, CatalogProduct> {
  const products = new Map<string, CatalogProduct>();
  // Ids are assigned in catalog order so they never change between runs (clients cache them). ECS goes
  // first so that its first category is 793, the documented ListCategories example for ProductCode ecs.
  let nextId = 793;
  const ordered = [...PRODUCTS].sort((a, b) => Number(b.code === 'ecs') - Number(a.code === 'ecs'));
  for (const def of ordered) {
    const categories = def.categories.map((key) => {
      const names = CATEGORY_NAMES[key];
      if (!names) throw new Error(`catalog: unknown category key ${key}`);
      return { id: nextId++, key, names };
    });
    products.set(def.code, { code: def.code, names: def.names, description: def.description, categories });
  }
  return products;
}

const CATALOG = buildCatalog();

const LANG_INDEX: Readonly<Record<Language, 0 | 1 | 2>> = { en: 0, zh: 1, jp: 2 };

export function localized(names: Names, language: Language): string {
  return names[LANG_INDEX[language]];
}

export function findProduct(code: string): CatalogProduct | undefined {
  return CATALOG.get(code);
}

export function allProducts(): CatalogProduct[] {
  return [...CATALOG.values()];
}

/** The category id of `key` in `productCode`, for seeds. Throws on a typo so seeds cannot drift. */
export function categoryIdOf(productCode: string, key: string): string {
  const category = CATALOG.get(productCode)?.categories.find((c) => c.key === key);
  if (!category) throw new Error(`catalog: ${productCode} has no category ${key}`);
  return String(category.id);
}

interface ProductItem {
  ProductCode: string;
  Name: string;
  Description: string;
}

function item(code: string, language: Language): ProductItem {
  const product = CATALOG.get(code);
  if (!product) throw new Error(`catalog: unknown product ${code}`);
  return {
    ProductCode: code,
    Name: localized(product.names, language),
    Description: localized(product.description, language),
  };
}

/** The ListProducts `Data` object (spec §2.4). */
export function listProductsData(language: Language): {
  HotConsultation: ProductItem[];
  ConsultationMore: ProductItem[];
  HotTech: ProductItem[];
  TechMore: Array<{ GroupName: string; ProductList: ProductItem[] }>;
} {
  return {
    HotConsultation: GROUPS.HotConsultation.map((c) => item(c, language)),
    ConsultationMore: GROUPS.ConsultationMore.map((c) => item(c, language)),
    HotTech: GROUPS.HotTech.map((c) => item(c, language)),
    TechMore: TECH_MORE.map((g) => ({
      GroupName: localized(g.names, language),
      ProductList: g.codes.map((c) => item(c, language)),
    })),
  };
}
