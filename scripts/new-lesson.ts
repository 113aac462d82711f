/**
 * `npm run new:lesson -- <slug> [--section <id>]`: writes content/lessons/<slug>.en.mdx and
 * <slug>.zh.mdx from the lesson template and lists the lesson in content/course.json. A refusal
 * is one line on stderr and nothing is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { parseCourse } from '../lib/content/course'
import { scaffoldLesson } from '../lib/content/scaffold'

function main(args: string[]): number {
  const at = args.indexOf('--section')
  const section = at >= 0 ? args[at + 1] : undefined
  const [slug] = args.filter((arg, i) => !arg.startsWith('--') && !(at >= 0 && i === at + 1))
  if (!slug) {
    process.stderr.write('usage: npm run new:lesson -- <slug> [--section <section-id>]\n')
    return 2
  }
  const parsed = parseCourse(JSON.parse(readFileSync('content/course.json', 'utf8')))
  if (!parsed.ok) {
    process.stderr.write(`content/course.json has problems; run npm run check:content first\n`)
    return 1
  }
  const onDisk = new Set(['en', 'zh'].some((l) => existsSync(`content/lessons/${slug}.${l}.mdx`)) ? [slug] : [])
  const result = scaffoldLesson(slug, parsed.course, onDisk, section)
  if ('error' in result) {
    process.stderr.write(`${result.error}\n`)
    return 1
  }
  for (const file of result.files) writeFileSync(file.path, file.text)
  writeFileSync('content/course.json', `${JSON.stringify(result.course, null, 2)}\n`)
  process.stdout.write(`${result.files.map((f) => f.path).join('\n')}\nlisted in content/course.json; preview it with npm run dev\n`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
