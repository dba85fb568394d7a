/**
 * Every failure the sandbox answers with, gateway-level or service-level. Thrown inside the request
 * pipeline and rendered once by the HTTP layer, so no code path can leak a stack trace to a client.
 */
export class ApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Host reported in error bodies; the real gateway names the product endpoint (spec §4.5). */
export const HOST_ID = 'workorder.aliyuncs.com';

/** The diagnosis link real gateway errors carry in `Recommend` (spec §4.5, G6). */
export function recommendFor(code: string): string {
  return `https://error-center.aliyun.com/status/search?Keyword=${encodeURIComponent(code)}&source=PopGw`;
}

/** Gateway error body (spec §4.5); field order follows the real gateway's. */
export function errorBody(requestId: string, error: ApiError): Record<string, string> {
  return {
    RequestId: requestId,
    HostId: HOST_ID,
    Code: error.code,
    Message: error.message,
    Recommend: recommendFor(error.code),
  };
}
