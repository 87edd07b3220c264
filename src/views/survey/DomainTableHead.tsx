// The head row of a table with one column per survey domain (§5.6), after a first column that
// names what each row is (a round, a group).
import { SURVEY_DOMAINS } from '../../model';

export function DomainTableHead({ first }: { readonly first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {SURVEY_DOMAINS.map((d) => (
          <th key={d.id} scope="col">
            {d.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
