/**
 * Two strengths of evidence: a post that states the problem (service noun + problem cue)
 * and a complaint that only names the service. Naming posts may join a burst that people
 * stating the problem started, never start one.
 */
import { describe, expect, it } from 'vitest';
import { MIN_STATED, placeCandidate, type IncidentCandidate, type OpenIncident } from '../../src/alerts/incidents.js';
import { incidentCandidateOf } from '../../src/alerts/engine.js';
import type { TriageResult } from '../../src/core/triage.js';
import type { Mention } from '../../src/core/mention.js';

const MIN = 60_000;
const T = { minComplaints: 5, minAuthors: 5, windowMinutes: 30 };
const stating = (i: number, minute: number, author = `a${i}`): IncidentCandidate => ({ mentionId: `m${i}`, author, at: minute * MIN, topic: 'app_down', named: [] });
const naming = (i: number, minute: number, named = ['app_down']): IncidentCandidate => ({ mentionId: `n${i}`, author: `b${i}`, at: minute * MIN, topic: null, named });

describe('incidents: stating vs naming the problem', () => {
  it(`${MIN_STATED} people stating the problem plus complaints naming the service make an incident of that topic`, () => {
    const recent = [stating(1, 0), stating(2, 3), naming(3, 5), stating(4, 8)];
    const d = placeCandidate(naming(5, 12), recent, [], T);
    expect(d.kind).toBe('create');
    if (d.kind !== 'create') return;
    expect(d.topic).toBe('app_down');
    expect(d.members.map((m) => m.mentionId)).toEqual(['m1', 'm2', 'n3', 'm4', 'n5']);
  });

  it('complaints that only name the service never start one, nor does one person stating it', () => {
    const onlyNaming = [naming(1, 0), naming(2, 2), naming(3, 4), naming(4, 6)];
    expect(placeCandidate(naming(5, 8), onlyNaming, [], T).kind).toBe('none');
    const oneStating = [stating(1, 0), naming(2, 2), naming(3, 4), naming(4, 6)];
    expect(placeCandidate(naming(5, 8), oneStating, [], T).kind).toBe('none');
    // MIN_STATED (2) different people stating it are enough, with naming complaints making up the five.
    expect(MIN_STATED).toBe(2);
    const twoStating = [stating(1, 0), stating(2, 2), naming(3, 4), naming(4, 6)];
    expect(placeCandidate(naming(5, 8), twoStating, [], T).kind).toBe('create');
    // One person stating it three times is one person.
    const oneAuthor = [stating(1, 0, 'same'), stating(2, 2, 'same'), stating(3, 3, 'same'), naming(4, 6)];
    expect(placeCandidate(naming(5, 8), oneAuthor, [], T).kind).toBe('none');
  });

  it('a naming complaint joins an open incident only while the burst is on; a stating one for as long as it stays open', () => {
    const open: OpenIncident[] = [{ id: 'i1', topic: 'app_down', members: ['m1'], firstAt: 0, lastAt: 10 * MIN }];
    expect(placeCandidate(naming(7, 35), [], open, T)).toEqual({ kind: 'attach', incidentId: 'i1' });
    expect(placeCandidate(naming(8, 45), [], open, T).kind).toBe('none');
    expect(placeCandidate(stating(9, 90), [], open, T)).toEqual({ kind: 'attach', incidentId: 'i1' });
    // Naming another service does not join.
    expect(placeCandidate(naming(10, 12, ['double_charge']), [], open, T).kind).toBe('none');
  });

  it('only negative complaints become naming candidates: a neutral one, praise or a question about the app do not', () => {
    const m: Mention = { id: 'x:1', platform: 'x', text: 'the app since the update, seriously, a whole week of this', author: { handle: 'a' } };
    const r = (kind: TriageResult['kind'], sentiment: TriageResult['sentiment'] = 'negative'): TriageResult => ({ id: m.id, kind, sentiment, lang: 'en', risk: 40, band: 'low', categories: [], escalate: false, reasons: [] });
    expect(incidentCandidateOf(m, r('complaint'), 0)).toMatchObject({ topic: null, named: expect.arrayContaining(['app_down']) as unknown });
    expect(incidentCandidateOf(m, r('complaint', 'neutral'), 0)).toBeNull();
    expect(incidentCandidateOf(m, r('question'), 0)).toBeNull();
    expect(incidentCandidateOf(m, r('praise'), 0)).toBeNull();
  });
});
