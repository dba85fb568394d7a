import { allProducts, localized } from './catalog.js';
import { noteIdFrom, seededRandom, ticketIdFrom } from './random.js';
import type { Language, Note, RandomSource, Ticket, TicketStatus } from './types.js';

/**
 * `--seed load:N`: N tickets with about ten notes each, mixed English/Chinese/Japanese text, for
 * benchmarks and search tests. Deterministic (fixed PRNG seed; times relative to now) and fast:
 * text is stitched from phrase pools, no per-ticket work beyond a few string joins.
 */

interface Phrases {
  titles: readonly string[];
  user: readonly string[];
  eng: readonly string[];
}

const PHRASES: Readonly<Record<Language, Phrases>> = {
  en: {
    titles: [
      'Cannot connect to {p} from our office network',
      "{p}: unexpected charges on this month's bill",
      'Timeout errors when calling the {p} API',
      'Request for refund of unused {p} subscription',
      '{p} performance dropped after maintenance',
      'How to migrate data to {p} without downtime',
      'Permission denied when a RAM user manages {p}',
      '{p} console shows an error after renewal',
    ],
    user: [
      'The problem started yesterday around 14:00 (UTC+8) and affects our production environment.',
      'We have not changed any configuration recently.',
      'Here is the error message we see: "connection reset by peer".',
      'We checked the security group and the network ACL, both allow the traffic.',
      'Could you please check the logs on your side?',
      'The issue is intermittent, roughly one request in twenty fails.',
      'We tried restarting the instance but it did not help.',
      'This is blocking our release, so a quick answer would be appreciated.',
      'Thank you, we applied the change and are monitoring it now.',
      'The invoice and the refund amount do not match our calculation.',
    ],
    eng: [
      'Hello, thank you for contacting Alibaba Cloud support.',
      'I have checked the resource and found no platform-side anomaly during that period.',
      'Could you provide the request ID and the exact time of a failed request?',
      'Our backend team is investigating and I will update you within two hours.',
      'The network path looks healthy; the resets come from the client side.',
      'Please try the recommended configuration and let us know the result.',
      'The refund has been submitted and should arrive within 3-5 working days.',
      'We have applied a fix on our side; please confirm whether the issue is resolved.',
      'I understand the urgency and have escalated the issue.',
      'If there is anything else, feel free to reply to this ticket.',
    ],
  },
  zh: {
    titles: [
      '{p} 网络连接不稳定',
      '{p} 账单费用异常',
      '{p} 申请退款',
      '调用 {p} 接口超时',
      '{p} 实例性能下降',
      '{p} 数据迁移咨询',
      '{p} 权限配置问题',
    ],
    user: [
      '您好，从昨天下午开始出现这个问题，影响了我们的线上业务。',
      '我们最近没有修改过任何配置。',
      '报错信息是“连接被重置”，请帮忙排查网络问题。',
      '安全组已经放行了对应端口。',
      '这个月的账单比上个月多了很多，请帮忙核对费用。',
      '我们想申请退款，资源从未使用过。',
      '问题是偶发的，大约二十次请求里会失败一次。',
      '已经按照建议修改了配置，目前观察中，谢谢。',
    ],
    eng: [
      '您好，感谢您联系阿里云技术支持。',
      '我们已经检查了资源，平台侧在该时间段没有发现异常。',
      '麻烦提供一下失败请求的 RequestId 和具体时间。',
      '后端同学正在排查，预计两小时内给您答复。',
      '网络链路正常，连接重置来自客户端侧。',
      '退款已经提交，预计三到五个工作日到账。',
      '我们已经在后台做了处理，请您确认问题是否解决。',
      '如有其他问题，欢迎随时在工单中回复。',
    ],
  },
  jp: {
    titles: [
      '{p} に接続できません',
      '{p} の請求額について',
      '{p} の返金申請',
      '{p} の API 呼び出しがタイムアウトする',
      '{p} のパフォーマンス低下',
      '{p} へのデータ移行について',
    ],
    user: [
      'お世話になっております。昨日の午後からこの問題が発生しています。',
      '最近設定は変更していません。',
      'エラーメッセージは「接続がリセットされました」です。',
      'セキュリティグループでポートは許可しています。',
      '今月の請求が先月より大幅に増えています。確認をお願いします。',
      '未使用のリソースの返金をお願いしたいです。',
      'ご提案どおり設定を変更し、現在様子を見ています。ありがとうございます。',
    ],
    eng: [
      'お問い合わせいただきありがとうございます。',
      'リソースを確認しましたが、該当時間帯にプラットフォーム側の異常は見つかりませんでした。',
      '失敗したリクエストの RequestId と発生時刻をお知らせいただけますか。',
      'バックエンドチームが調査中です。2 時間以内にご連絡いたします。',
      '返金手続きを行いました。3〜5 営業日ほどで反映されます。',
      'こちらで対応いたしました。問題が解決したかご確認ください。',
    ],
  },
};

const ACTIVE: readonly TicketStatus[] = ['assigned', 'dealing', 'wait_feedback', 'feedback', 'wait_confirm'];
const SUB_USERS = ['252448085032933023', '276103938471652201', '290311874455120987'] as const;

function pick<T>(items: readonly T[], random: RandomSource): T {
  return items[Math.floor(random() * items.length)] as T;
}

function sentences(pool: readonly string[], count: number, random: RandomSource, sep: string): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pick(pool, random));
  return out.join(sep);
}

/** Who wrote the last note must match the state: support waits only after it has spoken, and so on. */
function lastAuthorIsEngineer(status: TicketStatus): boolean | null {
  if (status === 'wait_feedback' || status === 'wait_confirm' || status === 'dealing') return true;
  if (status === 'assigned' || status === 'feedback') return false;
  return null;
}

export function loadTickets(count: number, nowMs: number, accountId: string): Ticket[] {
  const random = seededRandom(0x5eed + count);
  const products = allProducts();
  const nowSec = Math.floor(nowMs / 1000);
  const span = 730 * 86_400;
  const ids = new Set<string>();
  const noteIds = new Set<string>();
  const tickets: Ticket[] = [];
  for (let i = 0; i < count; i++) {
    let id = ticketIdFrom(random);
    while (ids.has(id)) id = ticketIdFrom(random);
    ids.add(id);
    const language: Language = random() < 0.6 ? 'en' : random() < 0.6 ? 'zh' : 'jp';
    const product = pick(products, random);
    const category = pick(product.categories, random);
    const age = Math.floor(random() ** 1.5 * span);
    // Recent tickets are more often still open, which is what a real inbox looks like (~24% active overall).
    const active = random() < (age < 30 * 86_400 ? 0.7 : 0.22);
    const status: TicketStatus = active ? pick(ACTIVE, random) : 'confirmed';
    const createdAt = nowSec - age - 60;
    const phrases = PHRASES[language];
    const sep = language === 'en' ? ' ' : '';
    const noteCount = status === 'assigned' ? 1 + Math.floor(random() * 2) : 6 + Math.floor(random() * 9);
    const lastEng = lastAuthorIsEngineer(status);
    const notes: Note[] = [];
    let t = createdAt;
    for (let n = 0; n < noteCount; n++) {
      let fromOfficial = n % 2 === 1;
      if (n === noteCount - 1 && lastEng !== null) fromOfficial = lastEng;
      if (status === 'assigned') fromOfficial = false;
      if (n > 0) t = Math.min(nowSec, t + 60 + Math.floor(random() * 6 * 3600));
      let noteId = noteIdFrom(random);
      while (noteIds.has(noteId)) noteId = noteIdFrom(random);
      noteIds.add(noteId);
      notes.push({
        noteId,
        content: sentences(fromOfficial ? phrases.eng : phrases.user, 1 + Math.floor(random() * 3), random, sep),
        secretContent: '',
        fromOfficial,
        createdAt: t,
      });
    }
    const first = notes[0] as Note;
    tickets.push({
      id,
      title: pick(phrases.titles, random).replace('{p}', localized(product.names, language)),
      status,
      productCode: product.code,
      category: String(category.id),
      content: first.content,
      secretContent: '',
      email: 'it-admin@example.com',
      phone: '',
      notifyTimeRange: 'all',
      language,
      createdAt,
      creatorId: random() < 0.85 ? accountId : pick(SUB_USERS, random),
      notes,
    });
  }
  return tickets;
}
