import type { Language, Ticket } from './types.js';

const REPLIES: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'Hello, thank you for the information. I have checked the resource on our side and found the cause; please try the suggested change and let us know whether it works.',
    'Thanks for your reply. Could you share the request ID and the exact time (UTC+8) of a failing request so that we can trace it in our logs?',
    'Hello, I have escalated this to the product team and will update you as soon as I hear back. Is there anything else you noticed since your last message?',
  ],
  zh: [
    '您好，感谢您提供的信息。我们已经在后台定位到原因，请按建议修改后再试一下，并告诉我们结果。',
    '感谢回复。麻烦提供一下失败请求的 RequestId 和具体时间，方便我们查询日志。',
  ],
  jp: [
    'ご連絡ありがとうございます。こちらで原因を確認しました。ご提案の変更をお試しいただき、結果をお知らせください。',
    'ご返信ありがとうございます。失敗したリクエストの RequestId と発生時刻をお知らせいただけますか。',
  ],
};

/**
 * `--auto-reply SECONDS`: a simulated engineer answers every new ticket and every user reply after a
 * delay, moving the ticket to wait_feedback. This is what makes demo mode feel alive.
 */
export class AutoReplier {
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly delayMs: number,
    private readonly reply: (ticket: Ticket, content: string) => void,
  ) {}

  schedule(ticket: Ticket): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (ticket.status === 'confirmed') return;
      const pool = REPLIES[ticket.language];
      this.reply(ticket, pool[ticket.notes.length % pool.length] ?? '');
    }, this.delayMs);
    // Pending replies must not keep a test process alive; close() cancels them anyway.
    timer.unref();
    this.timers.add(timer);
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
