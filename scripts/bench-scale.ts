// The scale part of `npm run bench`: a copy of the project in a temporary folder, its course grown
// to 50 and then 200 lessons with lessons from the `npm run new:lesson` template (both languages,
// each with a simulator, a predict and a quiz), the content check and `next build` timed at each
// size. Method and budgets: bench/README.md.
import { execSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseCourse, type Course } from '@/lib/content/course'
import { scaffoldLesson } from '@/lib/content/scaffold'
import { copyProject } from './copy-project.mjs'

/** The course sizes the scale part builds, smaller first. */
export const SCALE_SIZES = [50, 200] as const

export type ScaleRun = { lessons: number; checkSeconds: number; buildSeconds: number }

/** The slug of the n-th synthetic lesson (`scale-lesson-001`). */
function syntheticSlug(n: number): string {
  return `scale-lesson-${String(n).padStart(3, '0')}`
}

/**
 * Pure. The course grown to `total` lessons: synthetic lessons from the lesson template, dealt to
 * the sections in turn so each section grows alike, with the files they add. A course already that
 * large, or larger, is refused.
 */
export function growCourse(course: Course, total: number): { course: Course; files: Array<{ path: string; text: string }> } {
  const have = course.sections.reduce((sum, s) => sum + s.lessons.length, 0)
  if (total <= have) throw new Error(`the course already has ${have} lessons, so it cannot grow to ${total}`)
  let grown = course
  const files: Array<{ path: string; text: string }> = []
  const listed = new Set(course.sections.flatMap((s) => s.lessons))
  for (let n = 1; have + files.length / 2 < total; n++) {
    const slug = syntheticSlug(n)
    if (listed.has(slug)) continue
    const section = course.sections[(n - 1) % course.sections.length]!.id
    const result = scaffoldLesson(slug, grown, new Set(), section)
    if ('error' in result) throw new Error(result.error)
    grown = result.course
    files.push(...result.files)
  }
  return { course: grown, files }
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

/** Seconds a command takes in `cwd`; its output is shown only when it fails. */
function timed(command: string, cwd: string): number {
  const started = performance.now()
  try {
    execSync(command, { cwd, stdio: 'pipe', env, maxBuffer: 256 * 1024 * 1024 })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer }
    console.error(`${stdout ?? ''}${stderr ?? ''}`)
    throw new Error(`${command} failed in the scaled course (${cwd})`)
  }
  return (performance.now() - started) / 1000
}

/** Kilobytes a folder takes on disk. */
function diskKilobytes(folder: string): number {
  return Number(execSync(`du -sk ${JSON.stringify(folder)}`, { encoding: 'utf8' }).split('\t')[0])
}

/**
 * Grows a copy of the course to each of SCALE_SIZES and times the content check and a clean
 * `next build` of each; removes the copy afterwards. Also gives the size on disk of the largest
 * course's build output.
 */
export function measureScale(): { runs: ScaleRun[]; buildKilobytes: number } {
  // node_modules is hard-linked into the copy, which needs one file system: the system's temporary
  // folder when it shares the project's, else a `.next-*` folder in the project (which git, ESLint
  // and the type check leave out).
  const parent = statSync(tmpdir()).dev === statSync('.').dev ? tmpdir() : '.'
  const dir = mkdtempSync(path.join(parent, parent === '.' ? '.next-course-scale-' : 'course-scale-'))
  try {
    copyProject(dir)
    const course = parseCourse(JSON.parse(readFileSync(path.join(dir, 'content/course.json'), 'utf8')))
    if (!course.ok) throw new Error(`content/course.json has problems: ${course.errors.join('; ')}`)
    timed('npx tsx scripts/build-scenarios.ts', dir)
    const runs: ScaleRun[] = []
    let buildKilobytes = 0
    for (const lessons of SCALE_SIZES) {
      const grown = growCourse(course.course, lessons)
      for (const file of grown.files) writeFileSync(path.join(dir, file.path), file.text)
      writeFileSync(path.join(dir, 'content/course.json'), `${JSON.stringify(grown.course, null, 2)}\n`)
      console.log(`scale: a course of ${lessons} lessons in ${dir}`)
      const checkSeconds = timed('npx tsx scripts/check-content.ts', dir)
      rmSync(path.join(dir, '.next'), { recursive: true, force: true })
      const buildSeconds = timed('npx next build', dir)
      buildKilobytes = diskKilobytes(path.join(dir, '.next'))
      runs.push({ lessons, checkSeconds, buildSeconds })
    }
    return { runs, buildKilobytes }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
