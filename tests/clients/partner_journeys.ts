// A partner's journeys written against the TypeScript types generated from the partner document
// (clients/typescript/partner-api.d.ts); test_typescript_client.py type-checks this file with tsc.
import type { components, operations } from "../../clients/typescript/partner-api";

type Schemas = components["schemas"];
type Problem = Schemas["Problem"];
const base = "https://gateway.example";

async function answer<T>(response: Response): Promise<T> {
  if (!response.ok) {
    const problem: Problem = await response.json();
    throw new Error(`${problem.status} ${problem.title}: ${problem.detail}`);
  }
  return (await response.json()) as T;
}

// Read a person: each section is the service's own read.
export async function workersOf(key: string, nationalId: string, purpose: string): Promise<string[]> {
  type Answer = operations["read_person"]["responses"][200]["content"]["application/json"];
  const person = await answer<Answer>(
    await fetch(`${base}/v1/persons/${encodeURIComponent(nationalId)}`, {
      headers: { "X-API-Key": key, "X-Purpose": purpose },
    }),
  );
  const workers: Schemas["labour.WorkerRead"][] = person.sections.workers ?? [];
  return workers.map((worker) => worker.national_id);
}

// Upload a sync file: one line per record, sent as NDJSON.
export async function uploadRegistrations(
  key: string,
  lines: Schemas["labour.RegistrationCreateLine"][],
  purpose: string,
): Promise<number> {
  type Answer = operations["labour_upload_registrations"]["responses"][200]["content"]["application/json"];
  const report = await answer<Answer>(
    await fetch(`${base}/v1/sync/registrations`, {
      method: "POST",
      headers: { "X-API-Key": key, "X-Purpose": purpose, "Content-Type": "application/x-ndjson" },
      body: lines.map((line) => JSON.stringify(line) + "\n").join(""),
    }),
  );
  return report.created;
}

// Page the change feed to its end.
export async function allChanges(key: string, purpose: string): Promise<Schemas["ChangeRead"][]> {
  type Query = NonNullable<operations["changes"]["parameters"]["query"]>;
  const seen: Schemas["ChangeRead"][] = [];
  let after: Query["after"] = null;
  for (;;) {
    const query: URLSearchParams = new URLSearchParams({ limit: "500", ...(after != null ? { after: String(after) } : {}) });
    const page: Schemas["ChangePage"] = await answer<Schemas["ChangePage"]>(
      await fetch(`${base}/v1/sync/changes?${query}`, { headers: { "X-API-Key": key, "X-Purpose": purpose } }),
    );
    seen.push(...page.items);
    if (page.next_after == null) return seen;
    after = page.next_after;
  }
}

// Pull the event feed from a cursor.
export async function eventsAfter(key: string, after: number, purpose: string): Promise<[string[], number]> {
  const page = await answer<Schemas["PartnerEventPage"]>(
    await fetch(`${base}/v1/events?after=${after}`, { headers: { "X-API-Key": key, "X-Purpose": purpose } }),
  );
  return [page.items.map((event) => event.type), page.next_after];
}

// Verify the audit chain against the head an earlier verification returned.
export async function chainIntact(key: string, head: Schemas["ChainVerification"]): Promise<boolean> {
  const query = new URLSearchParams({ head_seq: String(head.head_seq), head_hash: String(head.head_hash) });
  const verified = await answer<Schemas["ChainVerification"]>(
    await fetch(`${base}/v1/audit/verify?${query}`, { headers: { "X-API-Key": key } }),
  );
  return verified.intact;
}
