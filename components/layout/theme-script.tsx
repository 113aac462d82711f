/** localStorage key for the reader's colour theme: 'light', 'dark' or absent for the system's. */
export const THEME_STORAGE_KEY = 'tcp-course-theme'

// Runs before first paint so a dark-mode reader never sees a white flash.
const script = `(function(){try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');var d=t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.classList.toggle('dark',d)}catch(e){}})()`

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />
}
