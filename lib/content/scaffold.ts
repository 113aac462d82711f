/**
 * `npm run new:lesson -- <slug>`: a new lesson in both languages from one template, and its place
 * in course.json. Pure: the script reads and writes the files.
 */
import type { Course } from './course'

/** What a new lesson adds: its two files and the course with it listed. */
export type Scaffold = { readonly files: ReadonlyArray<{ readonly path: string; readonly text: string }>; readonly course: Course }

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/

function english(slug: string): string {
  return `---
title: "New lesson: ${slug}"
description: One sentence on what the learner will be able to do after this lesson.
---

{/* Written with npm run new:lesson. Replace every paragraph; keep the ids of quizzes the same in both languages. */}

<Intro>

Start from what the learner already knows, and say in one to three sentences what this lesson adds.

</Intro>

<YouWillLearn>

* The first thing the learner will be able to do
* The second one

</YouWillLearn>

## Watch it first

<Simulator scenario="three-way-handshake" show="diagram,states" />

Tell the reader what to watch: press **Step** and follow the state line under each host.

<Predict id="${slug}-predict" scenario="three-way-handshake" before={2} ask="server,seq,ack">
<Question>Ask the learner to predict the next step before you explain it.</Question>
<Explain>Explain the answer the engine gives.</Explain>
</Predict>

## Then explain

Explain what the simulator showed, citing RFC 9293 where it helps.

<Quiz id="${slug}-check">
<Question>A question that checks the main idea.</Question>
<Choice correct>The right answer<Explain>Why it is right.</Explain></Choice>
<Choice>A tempting wrong answer<Explain>Why it is wrong.</Explain></Choice>
</Quiz>

<Recap>

* The main point of the lesson
* The second point

</Recap>
`
}

function chinese(slug: string): string {
  return `---
title: "新课：${slug}"
description: 用一句话说明学完这一课后学习者能做什么。
---

{/* 由 npm run new:lesson 生成。请替换每一段文字；两种语言中测验的 id 保持一致。 */}

<Intro>

从学习者已经知道的内容出发，用一到三句话说明这一课要讲什么。

</Intro>

<YouWillLearn>

* 学习者学完后能做的第一件事
* 第二件事

</YouWillLearn>

## 先看一看

<Simulator scenario="three-way-handshake" show="diagram,states" />

告诉读者要注意什么：按“单步”，观察每台主机下方的状态。

<Predict id="${slug}-predict" scenario="three-way-handshake" before={2} ask="server,seq,ack">
<Question>在讲解之前，请学习者先预测下一步。</Question>
<Explain>讲解引擎给出的答案。</Explain>
</Predict>

## 再讲道理

讲解模拟器展示的过程，需要时引用 RFC 9293。

<Quiz id="${slug}-check">
<Question>检查本课要点的问题。</Question>
<Choice correct>正确答案<Explain>为什么正确。</Explain></Choice>
<Choice>容易误选的错误答案<Explain>为什么错误。</Explain></Choice>
</Quiz>

<Recap>

* 本课的要点
* 第二个要点

</Recap>
`
}

/**
 * Pure. The new lesson's files and the course with the lesson at the end of `section` (the last
 * section when none is named); or what is wrong, in one line.
 */
export function scaffoldLesson(slug: string, course: Course, existing: ReadonlySet<string>, section?: string): Scaffold | { error: string } {
  if (!KEBAB.test(slug)) return { error: `"${slug}" is not a lesson slug; use lower-case words joined by hyphens, for example time-wait-basics` }
  const listed = course.sections.some((s) => s.lessons.includes(slug))
  if (listed || existing.has(slug)) return { error: `a lesson "${slug}" already exists; choose another slug` }
  const target = section ?? course.sections.at(-1)?.id
  if (!course.sections.some((s) => s.id === target)) {
    return { error: `there is no section "${section}" in content/course.json; use one of ${course.sections.map((s) => s.id).join(', ')}` }
  }
  return {
    files: [
      { path: `content/lessons/${slug}.en.mdx`, text: english(slug) },
      { path: `content/lessons/${slug}.zh.mdx`, text: chinese(slug) },
    ],
    course: { ...course, sections: course.sections.map((s) => (s.id === target ? { ...s, lessons: [...s.lessons, slug] } : s)) },
  }
}
