// Calls to the service. Errors arrive as RFC 9457 problems ({type, code, detail, status}); they are
// thrown as Problem so pages can show code and detail. Nothing here logs request or response bodies.

export class Problem extends Error {
  constructor(status, code, detail) {
    super(code);
    this.status = status;
    this.code = code;
    this.detail = detail ?? '';
  }
}

/**
 * method, path and options: token (Bearer), json (a body to send as JSON), form (FormData).
 * Answers the parsed JSON (or null for an empty body); throws Problem otherwise.
 */
export async function call(method, path, { token, json, form } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  let body;
  if (token) headers.Authorization = `Bearer ${token}`;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form) {
    body = form;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body, cache: 'no-store' });
  } catch {
    throw new Problem(0, 'network-error', '');
  }
  const text = await response.text();
  let parsed = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (!response.ok) {
    const code = parsed && typeof parsed.code === 'string' ? parsed.code : `http-${response.status}`;
    const detail = parsed && typeof parsed.detail === 'string' ? parsed.detail : '';
    throw new Problem(response.status, code, detail);
  }
  return parsed;
}

/** A picture (Blob or File) as the multipart field "file". */
export function imageForm(blob, name = 'frame.png') {
  const form = new FormData();
  form.append('file', blob, name);
  return form;
}
