/** The header of the small demo files the scenario-text tests read, ending in the states given. */
export function demoHeader(end = 'client ESTABLISHED, server ESTABLISHED'): string {
  return `id: demo
title.en: Demo
title.zh: 演示
description.en: A demo.
description.zh: 一个演示。
profile: rfc
end: ${end}
`
}
