#!/usr/bin/env node
// Non-failing report: deprecated fields whose sunset date has passed, so
// maintainers see removals that are overdue. Exits 0 whatever it finds.
import { overdueDeprecations } from '@allow-policy/spec-walker';
import { loadOpenApi } from '../index.js';

const today = new Date();
const overdue = overdueDeprecations(loadOpenApi(), today);
const day = today.toISOString().slice(0, 10);
if (overdue.length === 0) {
  console.log(`Sunset report (${day}): no deprecated field is past its sunset date.`);
} else {
  console.log(`Sunset report (${day}): ${overdue.length} deprecated field(s) past their sunset date:`);
  for (const entry of overdue) {
    console.log(
      `  - ${entry.schema}.${entry.property}: sunset ${entry.sunset}, replaced by ${entry.replacedBy ?? '(not stated)'}`,
    );
  }
  console.log('  Remove them from openapi/ once the service no longer accepts or returns them.');
}
