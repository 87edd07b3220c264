import { describe, expect, it } from 'vitest';

import { readItemBankCsv, readItemBankJson } from '../../../src/io/survey';
import { formatProblem, type Result } from '../../../src/model';

const problems = <T>(r: Result<T>) => (r.ok ? [] : r.problems.map(formatProblem));

describe('readItemBankCsv', () => {
  it('reads items by id or label, with booleans and stakeholder lists', () => {
    const csv = [
      'ID,Domain,Factor,Text,Reverse,Stakeholders,Placeholder,notes',
      'g1,growth,individual_development,"I grow here, slowly",no,,yes,x',
      'w1,"Well-being, Relationships & Belonging",Group Unity & Cohesion,We pull together,1,Care workers; volunteer,0,',
    ].join('\n');
    const r = readItemBankCsv(csv, 'bank.csv');
    expect(r.ok && r.value).toEqual([
      { id: 'g1', domain: 'growth', factor: 'individual_development', text: 'I grow here, slowly', reverse: false, stakeholders: [], placeholder: true },
      { id: 'w1', domain: 'wrb', factor: 'group_unity', text: 'We pull together', reverse: true, stakeholders: ['care_worker', 'volunteer'], placeholder: false },
    ]);
    expect(r.ok && r.warnings.map(formatProblem)).toEqual(['bank.csv:1: column "notes" is not used']);
  });

  it('lists every bad row with its line and field, and imports nothing', () => {
    const csv = [
      'id,domain,factor,text,reverse,stakeholders',
      'a1,growth,individual_development,Fine,false,',
      'a2,growth,accountability,Wrong domain,maybe,bosses',
      'a 3,smc,decision_planning,,false,',
      'a1,smc,decision_planning,Duplicate,false,',
    ].join('\n');
    expect(problems(readItemBankCsv(csv, 'bank.csv'))).toEqual([
      'bank.csv:3: reverse: Invalid input: expected boolean, received string',
      'bank.csv:3: stakeholders[0]: Invalid option: expected one of "family"|"care_worker"|"member"|"volunteer"|"care_receiver"',
      'bank.csv:4: id: must be 1-128 letters, digits or _ . : ~ @ # + = - (no spaces)',
      'bank.csv:4: text: must not be empty',
      'bank.csv:5: id: duplicate item id "a1"',
    ]);
  });

  it('reports a factor from another domain', () => {
    expect(problems(readItemBankCsv('id,domain,factor,text\nx,growth,accountability,T\n', 'b.csv'))).toEqual([
      'b.csv:2: factor: "accountability" belongs to smc, not growth',
    ]);
  });

  it('needs the four required columns and at least one item', () => {
    expect(problems(readItemBankCsv('id,domain,text\n', 'b.csv'))).toEqual(['b.csv:1: missing column: factor']);
    expect(problems(readItemBankCsv('', 'b.csv'))).toEqual(['b.csv: has no header row']);
    expect(problems(readItemBankCsv('id,domain,factor,text\n', 'b.csv'))).toEqual(['b.csv: has no items']);
  });
});

describe('readItemBankJson', () => {
  it('reads a list or an object with items', () => {
    const item = { id: 'j1', domain: 'smc', factor: 'accountability', text: 'We keep our word', reverse: false };
    const expected = [{ ...item, stakeholders: [], placeholder: false }];
    const a = readItemBankJson(JSON.stringify([item]));
    const b = readItemBankJson(JSON.stringify({ version: 2, items: [item] }));
    expect(a.ok && a.value).toEqual(expected);
    expect(b.ok && b.value).toEqual(expected);
  });

  it('names the line of a syntax error and the path of a bad field', () => {
    const broken = '{\n  "items": [\n    {"id": "x",, }\n  ]\n}';
    const syntax = problems(readItemBankJson(broken, 'bank.json'));
    expect(syntax).toHaveLength(1);
    expect(syntax[0]).toMatch(/^bank\.json:3:16: is not valid JSON/);
    expect(problems(readItemBankJson('{"items":[{"id":"x","domain":"growth","factor":"nope","text":"t"}]}', 'bank.json'))).toEqual([
      'bank.json: items[0].factor: no factor "nope"',
    ]);
    expect(problems(readItemBankJson('{"things": []}', 'bank.json'))).toEqual(['bank.json: must be a list of items or an object with an "items" list']);
  });

  it('refuses prototype keys', () => {
    const evil = '[{"id":"x","domain":"growth","factor":"individual_development","text":"t","__proto__":{"polluted":true}}]';
    expect(problems(readItemBankJson(evil, 'bank.json'))).toEqual(['bank.json: [0].__proto__: the key "__proto__" is not allowed (it could tamper with the program)']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
