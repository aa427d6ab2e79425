// What the browser tests do through the API or the `redress` binary rather
// than a page: file a case as a customer's browser would, read it back, and
// act as the company's staff.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { baseUrl } from './browser.js';

// Files a case; its receipt.
export async function fileCase(provider, submission) {
  const response = await fetch(`${baseUrl}/api/providers/${provider}/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `${provider}-${Date.now()}-${Math.random()}` },
    body: JSON.stringify(submission),
  });
  const text = await response.text();
  assert.equal(response.status, 201, text);
  return JSON.parse(text);
}

// The case as its customer sees it.
export async function caseOf(receipt) {
  const response = await fetch(`${baseUrl}/api/cases/${receipt.reference}`, {
    headers: { authorization: `Bearer ${receipt.access_code}` },
  });
  assert.equal(response.status, 200);
  return response.json();
}

// A staff token for `provider`, from `redress staff token create` on the tests' database.
export function staffToken(provider) {
  return execFileSync(process.env.REDRESS_BIN, ['staff', 'token', 'create', '--provider', provider, '--name', 'Sam Jones'], {
    env: process.env,
    stdio: ['ignore', 'pipe', 'ignore'],
  }).toString().trim();
}

// A staff request: GET, or POST with `body`; its answer, which must be 200.
export async function staff(token, path, body) {
  const response = await fetch(`${baseUrl}/api/staff${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  assert.equal(response.status, 200, text);
  return JSON.parse(text);
}
