/**
 * Regroups the claims ledger in the browser by moving the server-rendered rows, so ids, links and text
 * stay exactly as built. The grouping lives in ?group= (shareable); an unknown value is ignored.
 */
import { fragmentId } from './fragment';

interface Group {
  key: string;
  label: string;
  href?: string;
}
interface LedgerData {
  columns: number;
  /** Rows a phone shows of each group before its "Show all" switch. */
  shownOnPhones: number;
  groupings: Record<string, { label: string; groups: Group[] }>;
}

const rowKey = { speaker: 'speaker', topic: 'topic', status: 'status' } as const;
type Grouping = keyof typeof rowKey;

function isGrouping(value: string | null, data: LedgerData): value is Grouping {
  return value !== null && Object.hasOwn(rowKey, value) && Object.hasOwn(data.groupings, value);
}

function readData(): LedgerData | undefined {
  const text = document.getElementById('ledger-data')?.textContent;
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as LedgerData;
    return typeof data.columns === 'number' && typeof data.shownOnPhones === 'number' && typeof data.groupings === 'object' ? data : undefined;
  } catch {
    return undefined;
  }
}

function groupHeader(grouping: Grouping, group: Group, count: number, columns: number): HTMLTableRowElement {
  const row = document.createElement('tr');
  row.className = 'ledger-group-row';
  const cell = document.createElement('th');
  cell.scope = 'rowgroup';
  cell.id = `group-${grouping}-${group.key}`;
  const name = group.href ? Object.assign(document.createElement('a'), { href: group.href }) : document.createElement('span');
  name.textContent = group.label;
  cell.append(name);
  const rest = document.createElement('td');
  rest.colSpan = columns - 1;
  const tally = document.createElement('span');
  tally.className = 'ledger-count';
  tally.textContent = `${count} ${count === 1 ? 'entry' : 'entries'}`;
  rest.append(tally);
  row.append(cell, rest);
  return row;
}

/** The phone's "Show all" switch under a long group (LedgerTable.astro makes the same row). */
function moreRow(grouping: Grouping, group: Group, count: number, columns: number): HTMLTableRowElement {
  const row = document.createElement('tr');
  row.className = 'ledger-more-row';
  const cell = document.createElement('td');
  cell.colSpan = columns;
  const id = `group-${grouping}-${group.key}-all`;
  const toggle = Object.assign(document.createElement('input'), { type: 'checkbox', className: 'ledger-more-toggle', id });
  const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: `Show all ${count} from ${group.label}` });
  cell.append(toggle, label);
  row.append(cell);
  return row;
}

function regroup(table: HTMLTableElement, data: LedgerData, grouping: Grouping): number {
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-ledger-row]')].sort(
    (a, b) => Number(a.dataset.order) - Number(b.dataset.order),
  );
  const bodies = data.groupings[grouping].groups.flatMap((group) => {
    const members = rows.filter((row) => row.dataset[rowKey[grouping]] === group.key);
    if (members.length === 0) return [];
    const body = document.createElement('tbody');
    body.dataset.group = group.key;
    body.append(groupHeader(grouping, group, members.length, data.columns), ...members);
    if (members.length > data.shownOnPhones) body.append(moreRow(grouping, group, members.length, data.columns));
    return [body];
  });
  for (const old of table.tBodies.length ? [...table.tBodies] : []) old.remove();
  table.append(...bodies);
  table.dataset.grouping = grouping;
  const label = table.querySelector('[data-ledger-grouping-label]');
  if (label) label.textContent = data.groupings[grouping].label;
  return bodies.length;
}

/** Reveals the grouping control and applies ?group= from the address. */
export function enhanceLedger(): void {
  const table = document.querySelector<HTMLTableElement>('table[data-ledger]');
  const controls = document.querySelector<HTMLFieldSetElement>('fieldset[data-ledger-controls]');
  const data = readData();
  if (!table || !controls || !data || !table.querySelector('tr[data-ledger-row]')) return;
  const status = controls.querySelector('[data-ledger-status]');

  const apply = (grouping: Grouping, announce: boolean) => {
    const count = regroup(table, data, grouping);
    const radio = controls.querySelector<HTMLInputElement>(`input[name="group"][value="${grouping}"]`);
    if (radio) radio.checked = true;
    if (announce && status) status.textContent = `Grouped by ${data.groupings[grouping].label}: ${count} groups.`;
    // A row named in the address may have moved: bring it back into view.
    const id = fragmentId();
    const target = id ? document.getElementById(id) : null;
    if (target && table.contains(target)) target.scrollIntoView({ block: 'start' });
  };

  const requested = new URL(location.href).searchParams.get('group');
  if (isGrouping(requested, data) && requested !== table.dataset.grouping) apply(requested, false);

  controls.addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value;
    if (!isGrouping(value, data)) return;
    apply(value, true);
    const url = new URL(location.href);
    url.searchParams.set('group', value);
    history.replaceState(history.state, '', url);
  });
}
