import { categoryIdOf } from './catalog.js';
import { noteIdFrom, seededRandom, ticketIdFrom } from './random.js';
import type { Language, NotifyTimeRange, Ticket, TicketStatus } from './types.js';

/**
 * The demo data set: tickets in every state with believable support conversations (they appear in
 * screenshots and demo mode). Times are relative to "now" so the inbox always looks current; ids come
 * from a fixed seed so they are the same on every start.
 */

type Who = 'user' | 'eng';
/** [author, minutes after the ticket was created, text]. */
type Turn = readonly [Who, number, string];

interface DemoTicket {
  product: string;
  category: string;
  status: TicketStatus;
  language: Language;
  /** Hours before now that the ticket was created. */
  age: number;
  title: string;
  content: string;
  secret?: string;
  phone?: string;
  notify?: NotifyTimeRange;
  /** RAM sub-user who opened the ticket; the main account otherwise. */
  sub?: 1 | 2;
  turns: readonly Turn[];
}

const DEMO: readonly DemoTicket[] = [
  // --- assigned: new, nobody has answered yet ---
  {
    product: 'ecs',
    category: 'ecs_start',
    status: 'assigned',
    language: 'en',
    age: 0.6,
    title: 'Cannot SSH into ECS instance after resizing the system disk',
    content:
      'Hi, after resizing the system disk of i-bp1g6zv0ce8oghu7k1ab from 40 GiB to 100 GiB and rebooting, SSH to the instance times out. The console shows the instance as Running and VNC shows a login prompt. Security group sg-bp1fg655nh68xyz9i1ab still allows port 22 from our office IP. What could have changed?',
    secret: 'Instance i-bp1g6zv0ce8oghu7k1ab, region cn-hangzhou, office IP 203.0.113.24',
    turns: [],
  },
  {
    product: 'billing',
    category: 'bill',
    status: 'assigned',
    language: 'en',
    age: 2.5,
    sub: 1,
    title: 'Unexpected CDN traffic charges on the April bill',
    content:
      'Our April bill shows 4.2 TB of CDN downstream traffic for the domain static.example.com, which is about ten times our usual volume. We did not run any campaign. Can you break the traffic down by day and by region so we can find out whether this was hotlinking?',
    turns: [['user', 25, 'Adding: the spike seems to have started around April 18 according to our own logs.']],
  },
  {
    product: 'oss',
    category: 'bucket',
    status: 'assigned',
    language: 'zh',
    age: 1.2,
    title: 'OSS Bucket 设置跨域规则后仍然报 CORS 错误',
    content:
      "您好，我们在 Bucket assets-prod 上配置了跨域规则（来源 https://www.example.cn，允许方法 GET、PUT，允许 Header 为 *），但浏览器上传时仍然报错：No 'Access-Control-Allow-Origin' header is present。请帮忙看一下配置是否有问题，谢谢。",
    turns: [],
  },
  {
    product: 'ack',
    category: 'workload',
    status: 'assigned',
    language: 'en',
    age: 4,
    title: 'Pods stuck in ContainerCreating after node pool upgrade',
    content:
      'After upgrading node pool np-web to Kubernetes 1.30, new pods on the upgraded nodes stay in ContainerCreating. kubectl describe shows "failed to setup network for sandbox: plugin type=terway failed". Older nodes work fine. Cluster ID is in the confidential field.',
    secret: 'Cluster c8f3e1a2b9d7f4e6a0c1b2d3e4f5a6b7c',
    turns: [],
  },
  {
    product: 'icp',
    category: 'icp_progress',
    status: 'assigned',
    language: 'en',
    age: 7,
    title: 'ICP filing for shop.example.cn still pending after 20 working days',
    content:
      'We submitted the ICP filing for shop.example.cn on the 3rd of last month. Alibaba Cloud\'s initial review passed, but the status has shown "Submitted to the Communications Administration Bureau" for over 20 working days. Is there anything we can do to speed this up, or any document missing?',
    turns: [],
  },
  // --- dealing: an engineer is working on it ---
  {
    product: 'rds',
    category: 'slow_query',
    status: 'dealing',
    language: 'en',
    age: 20,
    title: 'RDS MySQL CPU at 100% since minor version upgrade',
    content:
      'Since the automatic minor version upgrade of rm-bp1x3k5l7m9n1p3q5 last night (8.0.34 → 8.0.36), CPU has been at 95-100% and the same workload that used to take 20 ms per query now takes 2-3 s. We have not changed anything in the application.',
    secret: 'Instance rm-bp1x3k5l7m9n1p3q5, read-only user dba_ro',
    turns: [
      [
        'eng',
        42,
        'Hello, thank you for contacting Alibaba Cloud support. I have checked the instance and can see that the CPU usage jumped right after the upgrade at 02:14. I am analysing the slow query log and the execution plans now and will update you within two hours.',
      ],
      [
        'eng',
        150,
        'Update: several queries on the orders table switched from the idx_customer_created index to a full table scan after the upgrade. I am checking with the database kernel team whether this is related to the optimizer change in 8.0.36. In the meantime, running ANALYZE TABLE orders may restore the previous plan.',
      ],
    ],
  },
  {
    product: 'slb',
    category: 'listener',
    status: 'dealing',
    language: 'en',
    age: 30,
    sub: 2,
    title: 'Health check fails intermittently on HTTPS listener',
    content:
      'Listener 443 on lb-2ze7k1x9v3m5n7q9 marks backend servers as unhealthy every few minutes, then healthy again. The backends respond 200 on /healthz within 10 ms when we curl them from inside the VPC. This causes 502 errors for our users.',
    turns: [
      [
        'eng',
        55,
        'Hello, I am looking into the health check logs for this listener. Could you tell me the health check interval and the timeout you configured, and whether the backends use a keep-alive timeout below 15 seconds?',
      ],
      [
        'user',
        80,
        'Interval 2 s, timeout 5 s, healthy threshold 3, unhealthy threshold 3. nginx keepalive_timeout is 5 s.',
      ],
      [
        'eng',
        190,
        'Thank you. The health check probes reuse connections, and with keepalive_timeout 5 s nginx closes some of them just as a probe is sent. I have asked our network team to confirm from the probe-side logs; I will get back to you shortly.',
      ],
    ],
  },
  {
    product: 'cdn',
    category: 'cache',
    status: 'dealing',
    language: 'zh',
    age: 26,
    title: 'CDN 刷新后部分节点仍返回旧文件',
    content:
      '我们在 10:05 提交了 URL 刷新任务（https://static.example.cn/app.js），任务状态显示成功，但华南地区的部分用户到现在仍然拿到旧版本的文件，响应头里的 X-Cache 为 HIT。请帮忙排查。',
    turns: [
      [
        'eng',
        35,
        '您好，感谢您的反馈。我们已经定位到华南的两个边缘节点刷新任务执行延迟，正在联系节点运维同学处理，预计 1 小时内给您答复。',
      ],
    ],
  },
  {
    product: 'polardb',
    category: 'backup',
    status: 'dealing',
    language: 'en',
    age: 52,
    title: 'Point-in-time restore failed with "InternalError"',
    content:
      'We tried to restore cluster pc-uf6h3j5k7l9m1n3p5 to a new cluster at 2 hours before now (PITR). The restore task failed after 40 minutes with status InternalError and no further details. We need this data back for an audit today.',
    phone: '+86 138 0013 8000',
    turns: [
      [
        'eng',
        20,
        'Hello, I understand this is urgent. I can see the failed restore task and have escalated it to the PolarDB backend team with high priority.',
      ],
      [
        'eng',
        95,
        'The backend team found that the restore failed because the target zone ran out of capacity for the selected node class. They are retrying it in zone H. I will keep you posted.',
      ],
    ],
  },
  {
    product: 'account',
    category: 'login',
    status: 'dealing',
    language: 'jp',
    age: 18,
    title: 'MFA デバイスを紛失したためログインできません',
    content:
      'お世話になっております。スマートフォンを紛失したため、ルートアカウントの MFA コードを入力できずログインできません。MFA の解除手続きを教えていただけますでしょうか。',
    turns: [
      [
        'eng',
        60,
        'お問い合わせいただきありがとうございます。本人確認のため、登録済みのメールアドレスに確認メールをお送りしました。メールに記載の手順に従って、本人確認書類をご提出ください。確認が取れ次第、MFA の解除を進めます。',
      ],
    ],
  },
  // --- wait_feedback: support is waiting on the customer ---
  {
    product: 'ecs',
    category: 'performance',
    status: 'wait_feedback',
    language: 'en',
    age: 44,
    title: 'High steal time on ecs.g7.2xlarge instances',
    content:
      'Three of our g7.2xlarge instances show 8-12% CPU steal time in top during business hours, and our Java service latency doubles at the same time. Is the host oversubscribed? Instance IDs in the confidential field.',
    secret: 'i-uf6a1b2c3d4e5f6g7h8, i-uf6a1b2c3d4e5f6g7h9, i-uf6a1b2c3d4e5f6g7j0',
    turns: [
      [
        'eng',
        70,
        'Hello, g7 instances are not oversubscribed; each vCPU is pinned to a hyper-thread. Steal time on these types usually comes from the instance being throttled by its own burst or from host maintenance. I checked and found no host events. Could you run `perf stat -e cpu-clock -a sleep 10` during a slow period and share the output, together with the exact time window (UTC+8)?',
      ],
    ],
  },
  {
    product: 'vpc',
    category: 'route',
    status: 'wait_feedback',
    language: 'en',
    age: 60,
    sub: 1,
    title: 'Traffic between two VPCs via CEN drops after adding a custom route',
    content:
      'We added a custom route 10.20.0.0/16 → CEN in the route table of vpc-bp1prod to reach vpc-bp1data. Since then, connections from prod to data time out, while data to prod works. Both VPCs are attached to cen-7q3x1m9k2l5v.',
    turns: [
      [
        'eng',
        45,
        'Hello, thank you for the details. A one-way failure usually means the return path is missing or overlaps. Could you send screenshots (or the output of DescribeRouteTableList) of the route tables of both vSwitches involved, and the source and destination IPs you are testing with?',
      ],
      [
        'user',
        300,
        'Attached the route tables in our internal link (in the confidential field). Source 10.10.3.15, destination 10.20.1.8.',
      ],
      [
        'eng',
        410,
        'Thanks. The route table of vsw-data-b does not have a route back to 10.10.0.0/16, and its system route only covers the VPC CIDR. Please add 10.10.0.0/16 → CEN to that route table, test again and let me know the result.',
      ],
    ],
  },
  {
    product: 'dns',
    category: 'resolution',
    status: 'wait_feedback',
    language: 'en',
    age: 28,
    title: 'New A record not resolving in some regions after 6 hours',
    content:
      'We added an A record api.example.com → 198.51.100.20 with TTL 600 six hours ago. From Hangzhou it resolves correctly, but users in Singapore and Frankfurt still get NXDOMAIN.',
    turns: [
      [
        'eng',
        30,
        'Hello, the record is present on all our authoritative servers. NXDOMAIN in some regions is usually a negative cache at the local resolver: before the record existed, it cached the "does not exist" answer for the SOA minimum TTL. Could you tell me which resolvers those users use (e.g. 8.8.8.8 or the ISP\'s) and the output of `dig api.example.com @<resolver> +trace` from one affected location?',
      ],
    ],
  },
  {
    product: 'refund',
    category: 'refund_req',
    status: 'wait_feedback',
    language: 'zh',
    age: 73,
    title: '误购 ECS 包年实例申请退款',
    content:
      '您好，我们在 5 月 8 日误购了一台 ecs.c7.xlarge 包年实例（3 年），订单号见保密信息。实例从未使用，请问能否全额退款？',
    secret: '订单号 213456789012345',
    turns: [
      [
        'eng',
        120,
        '您好，已收到您的退款申请。根据退款规则，五天无理由退订需在购买后五天内提交。为了帮您申请特殊处理，请您补充说明误购原因，并确认实例内没有需要保留的数据，我们会在收到回复后提交审批。',
      ],
    ],
  },
  {
    product: 'ram',
    category: 'security',
    status: 'wait_feedback',
    language: 'en',
    age: 96,
    title: 'RAM policy with acs:SourceIp condition denies requests from allowed IP',
    content:
      'We attached a custom policy to RAM user deploy-bot that allows ecs:* only when acs:SourceIp is in 203.0.113.0/24. Calls from 203.0.113.40 are denied with Forbidden.RAM. Without the condition they succeed.',
    turns: [
      [
        'eng',
        90,
        'Hello, could you share the full error response including the AccessDeniedDetail field? It shows which policy caused the deny and the source IP our gateway saw. If your calls go through a NAT gateway or proxy, the source IP may differ from the one you expect.',
      ],
      ['user', 200, 'AccessDeniedDetail says the source IP was 100.104.21.7.'],
      [
        'eng',
        260,
        'That address is in the internal 100.64.0.0/10 range, which means the calls reach the API through a VPC endpoint. For VPC access, please use the condition key acs:SourceVpc (or acs:VpcSourceIp) instead of acs:SourceIp. Could you update the policy and let us know if it works?',
      ],
    ],
  },
  {
    product: 'oss',
    category: 'transfer_data',
    status: 'wait_feedback',
    language: 'jp',
    age: 50,
    title: 'OSS へのマルチパートアップロードが途中で失敗する',
    content:
      '5 GB を超えるファイルを ossutil でアップロードすると、途中で「RequestTimeTooSkewed」エラーが発生して失敗します。小さいファイルは問題ありません。対処方法を教えてください。',
    turns: [
      [
        'eng',
        80,
        'お問い合わせありがとうございます。RequestTimeTooSkewed は、クライアントの時刻と OSS サーバーの時刻が 15 分以上ずれている場合に発生します。アップロードを実行しているサーバーで `date -u` の結果と、NTP の同期状態（`chronyc tracking` など）をご確認のうえ、結果をお知らせいただけますか。',
      ],
    ],
  },
  {
    product: 'waf',
    category: 'attack',
    status: 'wait_feedback',
    language: 'en',
    age: 12,
    title: 'WAF blocks legitimate POST requests to /api/upload',
    content:
      'Since this morning WAF returns 405 for about 5% of POST requests to /api/upload on www.example.com. The blocked requests are normal image uploads from our mobile app. Please advise how to allow them without disabling protection.',
    turns: [
      [
        'eng',
        40,
        'Hello, I see the requests are blocked by the rule "Web application attack protection – 113004 (file upload webshell)". Could you share one or two request IDs (the x-request-id header in the 405 response) so that I can confirm which part of the payload triggers the rule?',
      ],
    ],
  },
  // --- feedback: the customer answered, ball is with support ---
  {
    product: 'redis',
    category: 'performance',
    status: 'feedback',
    language: 'en',
    age: 36,
    title: 'Latency spikes on Tair instance every hour at :00',
    content:
      'Our Tair (Redis) instance r-bp1abcd1234efgh shows p99 latency jumps from 1 ms to 80 ms for about 30 seconds at the top of every hour.',
    turns: [
      [
        'eng',
        60,
        'Hello, the spikes coincide with the hourly BGSAVE, which forks the process. Do you have large keys or a high memory usage? Could you run `MEMORY USAGE` on your largest keys, or share the output of the big key analysis in the console?',
      ],
      [
        'user',
        240,
        'Big key analysis shows one hash "session:index" with 2.1 million fields (about 900 MB). Memory usage is 78%.',
      ],
    ],
  },
  {
    product: 'ecs',
    category: 'disk',
    status: 'feedback',
    language: 'en',
    age: 70,
    title: 'Snapshot creation stuck at 0% for over 12 hours',
    content: 'Snapshot s-bp1mpsnap0001 of data disk d-bp1datadisk01 has been "Progressing 0%" since yesterday 21:00.',
    turns: [
      [
        'eng',
        55,
        'Hello, I can see the snapshot task. Was the disk under heavy write load at that time? Also, is this the first snapshot of this disk (a first snapshot is a full copy and can take longer for a 2 TiB disk)?',
      ],
      [
        'user',
        180,
        'Yes, it is the first snapshot, and the disk is 2 TiB with around 1.6 TiB used. The database was running a nightly batch job at the time.',
      ],
      ['user', 185, 'Should we cancel and retry at a quieter time?'],
    ],
  },
  {
    product: 'domain',
    category: 'domain_reg',
    status: 'feedback',
    language: 'en',
    age: 120,
    sub: 2,
    title: 'Domain transfer-in rejected: "authorization code invalid"',
    content:
      'We are transferring example-shop.com from another registrar. The transfer was rejected twice with "authorization code invalid", although we copied the code directly from the other registrar\'s panel.',
    turns: [
      [
        'eng',
        90,
        'Hello, this usually means the code contains characters that got lost when pasting, or the domain is still locked at the current registrar. Please confirm the domain status at the old registrar shows no clientTransferProhibited lock and request a new authorization code.',
      ],
      [
        'user',
        1500,
        'We removed the lock and got a new code. The new code contains a "&" character — could that be the problem? We submitted the transfer again a few minutes ago.',
      ],
    ],
  },
  {
    product: 'fc',
    category: 'config',
    status: 'feedback',
    language: 'zh',
    age: 40,
    title: '函数计算冷启动时间过长',
    content: '我们的 Python 3.10 函数冷启动需要 8 到 10 秒，依赖包大约 300 MB。有什么办法可以降低冷启动时间吗？',
    turns: [
      [
        'eng',
        50,
        '您好，冷启动时间主要受代码包大小和初始化逻辑影响。建议：1）把依赖放到层（Layer）中；2）开启预留实例；3）把模型加载等耗时初始化放到 initializer 中。请问您的函数是否在初始化时加载了较大的模型文件？',
      ],
      [
        'user',
        200,
        '是的，初始化时会从 OSS 下载一个 200 MB 的模型。我们尝试了预留 1 个实例，冷启动确实没有了，但是想了解一下费用是怎么计算的。',
      ],
    ],
  },
  {
    product: 'sas',
    category: 'security',
    status: 'feedback',
    language: 'en',
    age: 55,
    title: 'Security Center alert "Suspicious process: mining program" on web server',
    content:
      'Security Center raised an urgent alert for i-bp1web01: process /tmp/.x/kdevtmpfsi connecting to a mining pool. We killed it, but it came back 10 minutes later.',
    turns: [
      [
        'eng',
        30,
        'Hello, kdevtmpfsi is a known miner that usually persists via a cron job and often enters through an exposed Redis, Docker API or a weak SSH password. Please check `crontab -l` for all users and /etc/cron.d, and isolate the instance from the internet while investigating. Do you run Redis or Docker on this host?',
      ],
      [
        'user',
        95,
        'Found a cron entry for user www running curl ... | sh every 10 minutes. Removed it. We have Redis bound to 0.0.0.0 without a password — we will fix that now. Is there anything else we should check?',
      ],
    ],
  },
  // --- wait_confirm: support believes it is solved ---
  {
    product: 'cdn',
    category: 'https',
    status: 'wait_confirm',
    language: 'en',
    age: 80,
    title: 'HTTPS certificate on CDN not updated after renewal',
    content:
      'We renewed the certificate for img.example.com in Certificate Management Service, but browsers still see the old certificate that expires in 3 days.',
    turns: [
      [
        'eng',
        45,
        'Hello, a renewed certificate gets a new certificate ID, and CDN keeps using the old one until the domain is re-bound. I have checked your account and the domain still references certificate 8812345.',
      ],
      ['user', 100, 'How do we re-bind it without downtime?'],
      [
        'eng',
        130,
        'In the CDN console, go to Domain Names → img.example.com → HTTPS Certificate → Modify, choose the new certificate (ID 9923456) and save. The change rolls out to all nodes within about 10 minutes without interrupting traffic. I can see that it was applied a few minutes ago and the nodes now serve the new certificate (valid until next year). Could you confirm that it works for you?',
      ],
    ],
  },
  {
    product: 'rds',
    category: 'backup',
    status: 'wait_confirm',
    language: 'en',
    age: 150,
    title: 'Automatic backups missing for the last two days',
    content:
      'The backup list of rm-bp1backupcheck shows no automatic backup for the last two days, although the policy says daily at 02:00-03:00.',
    turns: [
      [
        'eng',
        40,
        "Hello, I have checked: the backups were skipped because the instance's local disk was 98% full, which blocks physical backups. Could you free up space or upgrade the storage?",
      ],
      ['user', 300, 'We expanded storage from 500 GB to 800 GB an hour ago.'],
      [
        'eng',
        900,
        "Thank you. I triggered a manual backup, which finished successfully, and tonight's automatic backup is scheduled as usual. Please confirm whether the issue is resolved so that we can close the ticket.",
      ],
    ],
  },
  {
    product: 'invoice',
    category: 'invoice_info',
    status: 'wait_confirm',
    language: 'zh',
    age: 200,
    title: '发票抬头填写错误需要重开',
    content: '3 月份开具的增值税专用发票抬头少了"有限"两个字，需要作废重开，请问需要提供什么材料？',
    turns: [
      ['eng', 90, '您好，专票重开需要您将原发票寄回，并在发票管理页面修改发票信息。请问原发票是否已经认证抵扣？'],
      ['user', 400, '没有认证抵扣，已经按照要求寄回了，快递单号见附件说明。'],
      [
        'eng',
        2600,
        '您好，原发票已经收到并作废，新的发票已于今天重新开具并寄出，快递单号为 SF1234567890。请您查收后确认，谢谢！',
      ],
    ],
  },
  {
    product: 'ess',
    category: 'config',
    status: 'wait_confirm',
    language: 'jp',
    age: 100,
    title: 'スケーリンググループでインスタンスが追加されない',
    content:
      'CPU 使用率が 80% を超えてもスケールアウトが実行されません。アラームタスクは「アラーム」状態になっています。',
    turns: [
      [
        'eng',
        70,
        'ご連絡ありがとうございます。スケーリングアクティビティを確認したところ、指定されている vSwitch の IP アドレスが不足しているため、インスタンスの作成に失敗していました。別のゾーンの vSwitch をスケーリンググループに追加してください。',
      ],
      ['user', 200, 'vSwitch を追加しました。'],
      [
        'eng',
        260,
        '追加後のスケーリングアクティビティで 2 台のインスタンスが正常に作成されたことを確認しました。問題が解決したかどうかご確認いただけますでしょうか。',
      ],
    ],
  },
  {
    product: 'acr',
    category: 'connectivity',
    status: 'wait_confirm',
    language: 'en',
    age: 130,
    title: 'docker pull from ACR times out from ECS in the same region',
    content:
      'docker pull registry.cn-shanghai.aliyuncs.com/acme/api:1.8 times out from our ECS instances in cn-shanghai, but works from our laptops.',
    turns: [
      [
        'eng',
        25,
        'Hello, instances without a public IP need to use the VPC endpoint of the registry: registry-vpc.cn-shanghai.aliyuncs.com. Could you try pulling from that address?',
      ],
      ['user', 60, 'That works for the Personal Edition, thanks! Should we change all our deployment manifests?'],
      [
        'eng',
        80,
        'Yes, for workloads inside the VPC please use the -vpc address; it is faster and free of internet traffic charges. I will mark this ticket as resolved; please confirm if everything works.',
      ],
    ],
  },
  // --- confirmed: closed ---
  {
    product: 'ecs',
    category: 'purchase',
    status: 'confirmed',
    language: 'en',
    age: 24 * 9,
    title: 'Change billing method from pay-as-you-go to subscription',
    content: 'How can we convert four pay-as-you-go instances to subscription without stopping them?',
    turns: [
      [
        'eng',
        35,
        'Hello, you can do this online: in the ECS console select the instances, then More → Instance Settings → Switch to Subscription. The instances keep running and the new billing starts immediately.',
      ],
      ['user', 90, 'Done, thank you!'],
    ],
  },
  {
    product: 'billing',
    category: 'overdue',
    status: 'confirmed',
    language: 'en',
    age: 24 * 14,
    sub: 1,
    title: 'Services stopped due to overdue payment — payment made',
    content:
      'Our account went into overdue yesterday and ECS instances were stopped. We topped up 5,000 USD an hour ago but the instances are still stopped.',
    turns: [
      [
        'eng',
        15,
        'Hello, once the balance is positive, stopped instances are not restarted automatically; please start them in the console. I can see your balance is now positive and the account is no longer in overdue status.',
      ],
      ['user', 40, 'Started them manually, everything is back. Thanks for the quick help.'],
      [
        'eng',
        45,
        'You are welcome. We recommend setting a balance alert under Expenses → Account Overview to avoid this in the future.',
      ],
    ],
  },
  {
    product: 'slb',
    category: 'https',
    status: 'confirmed',
    language: 'en',
    age: 24 * 20,
    title: 'Enable TLS 1.3 on HTTPS listener',
    content: 'Does SLB support TLS 1.3 and how do we enable it on an existing listener?',
    turns: [
      [
        'eng',
        60,
        'Hello, yes: create a custom TLS security policy with TLSv1.3 enabled (Classic Load Balancer → TLS Security Policies) and select it on the listener. Existing connections are not affected.',
      ],
      ['user', 120, 'Works, ssllabs now reports TLS 1.3. Closing.'],
    ],
  },
  {
    product: 'icp',
    category: 'icp_new',
    status: 'confirmed',
    language: 'zh',
    age: 24 * 30,
    title: '首次备案需要准备哪些材料',
    content: '我们是一家上海的公司，计划把官网放在华东 2 的 ECS 上，请问首次备案需要准备哪些材料，大约需要多长时间？',
    turns: [
      [
        'eng',
        80,
        '您好，首次备案一般需要：营业执照、法人及网站负责人身份证、网站负责人核验照片，以及上海地区要求的《网站备案信息真实性核验单》。阿里云初审约 1 个工作日，管局审核一般为 1 到 20 个工作日。',
      ],
      ['user', 200, '明白了，谢谢！'],
    ],
  },
  {
    product: 'nas',
    category: 'connectivity',
    status: 'confirmed',
    language: 'en',
    age: 24 * 25,
    title: 'NFS mount hangs on CentOS 8',
    content:
      'mount -t nfs -o vers=4 file-system-id.cn-hangzhou.nas.aliyuncs.com:/ /mnt hangs forever on our CentOS 8 instances.',
    turns: [
      [
        'eng',
        30,
        "Hello, please check that the mount target is in the same VPC as the instance and that the permission group allows the instance's private IP. Also use the recommended options: vers=3,nolock,proto=tcp,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2,noresvport.",
      ],
      [
        'user',
        75,
        'The permission group only allowed 192.168.0.0/16 while our VPC is 172.16.0.0/12. Fixed and mounted fine.',
      ],
    ],
  },
  {
    product: 'sls',
    category: 'logs',
    status: 'confirmed',
    language: 'jp',
    age: 24 * 12,
    title: 'Logtail でログが収集されない',
    content: 'ECS に Logtail をインストールしましたが、/var/log/app/*.log のログがプロジェクトに届きません。',
    turns: [
      [
        'eng',
        45,
        'マシングループのハートビートが FAIL になっています。ECS の所属アカウントと SLS のアカウントが異なる場合は、ユーザー識別子（アカウント ID）の設定が必要です。/etc/ilogtail/users/ にアカウント ID のファイルを作成してください。',
      ],
      ['user', 110, '設定したところ、ハートビートが OK になりログも収集されました。ありがとうございました。'],
    ],
  },
  {
    product: 'kms',
    category: 'api',
    status: 'confirmed',
    language: 'en',
    age: 24 * 40,
    sub: 2,
    title: 'Decrypt API returns "Rejected.Throttling" during deploys',
    content:
      'During deploys around 300 pods call Decrypt at the same time and some get Rejected.Throttling. What is the limit?',
    turns: [
      [
        'eng',
        70,
        'Hello, the default quota for Decrypt is 1,000 QPS per account per region, shared by all keys. We recommend caching the decrypted data key in memory (envelope encryption) instead of calling Decrypt in every pod, or adding retries with jitter.',
      ],
      ['user', 160, 'We switched to envelope encryption with a cached data key. No more throttling. Thanks.'],
    ],
  },
  {
    product: 'marketplace',
    category: 'mkt_vendor',
    status: 'confirmed',
    language: 'en',
    age: 24 * 60,
    title: 'Marketplace image vendor does not respond',
    content:
      'We bought a WordPress image from the marketplace and the vendor has not answered our support request for a week.',
    turns: [
      [
        'eng',
        240,
        'Hello, I have contacted the vendor on your behalf; they confirmed they will reply within one working day. If not, you can request a refund under the marketplace service guarantee.',
      ],
      ['user', 2000, 'The vendor replied and fixed the issue. Thank you.'],
    ],
  },
];

const SUB_USER_IDS = ['', '252448085032933023', '276103938471652201'] as const;

/** Builds the demo tickets relative to `nowMs`. */
export function demoTickets(nowMs: number, accountId: string): Ticket[] {
  const random = seededRandom(20200326);
  const nowSec = Math.floor(nowMs / 1000);
  const usedIds = new Set<string>();
  return DEMO.map((d) => {
    let id = ticketIdFrom(random);
    while (usedIds.has(id)) id = ticketIdFrom(random);
    usedIds.add(id);
    const createdAt = nowSec - Math.round(d.age * 3600);
    const notes = [
      { noteId: noteIdFrom(random), content: d.content, secretContent: d.secret ?? '', fromOfficial: false, createdAt },
      ...d.turns.map(([who, minutes, text]) => ({
        noteId: noteIdFrom(random),
        content: text,
        secretContent: '',
        fromOfficial: who === 'eng',
        createdAt: Math.min(nowSec, createdAt + minutes * 60),
      })),
    ];
    return {
      id,
      title: d.title,
      status: d.status,
      productCode: d.product,
      category: categoryIdOf(d.product, d.category),
      content: d.content,
      secretContent: d.secret ?? '',
      email: d.sub ? 'ops-team@example.com' : 'it-admin@example.com',
      phone: d.phone ?? '',
      notifyTimeRange: d.notify ?? 'all',
      language: d.language,
      createdAt,
      creatorId: d.sub ? SUB_USER_IDS[d.sub] : accountId,
      notes,
    };
  });
}
