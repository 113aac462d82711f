/**
 * `npm run --silent problems -- --seed N --count K`: prints K computed problems as a JSON array,
 * each `{ type, params, question: { en, zh }, answer }`, the answers read from engine runs.
 */
import { parseProblemsArgs, PROBLEMS_USAGE, problemsJson } from '../lib/problems/cli'

const args = parseProblemsArgs(process.argv.slice(2))
if (args.ok) {
  console.log(problemsJson(args.seed, args.count))
} else {
  console.error(`${args.error}\n${PROBLEMS_USAGE}`)
  process.exitCode = 2
}
