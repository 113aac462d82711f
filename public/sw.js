// The course's service worker: after a first visit it keeps every page (both languages) and every
// script, style sheet and image of this build, so the course keeps working offline.
//
// /offline-manifest.js lists them; a step after each build writes it
// (scripts/offline/write-precache-manifest.ts). Its version changes with any file it lists, and the
// browser installs this worker again whenever that file changes, so a new build brings a new cache
// and the old one is deleted.
//
// Pages are network first (a reader online always gets the current page) and fall back to the
// copy kept here; hashed static files never change, so they come from the cache first.
importScripts('/offline-manifest.js')

const manifest = self.OFFLINE_MANIFEST
const CACHE_PREFIX = 'tcp-course-offline-'
const CACHE = CACHE_PREFIX + manifest.version
// Enough to finish in seconds, few enough to leave the connection to the page the reader is on.
const PRECACHE_CONCURRENCY = 4
const keptAssets = new Set(manifest.assets)

self.addEventListener('install', (event) => {
  event.waitUntil(precacheAll().then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(deleteOtherVersions().then(() => self.clients.claim()))
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (url.origin !== self.location.origin || (request.method !== 'GET' && request.method !== 'HEAD')) return
  if (request.method === 'HEAD') event.respondWith(headNetworkFirst(request, url))
  else if (request.mode === 'navigate') event.respondWith(pageNetworkFirst(request, url))
  else if (isRscRequest(request, url)) event.respondWith(rscOrBrowserNavigation(request))
  else if (url.pathname.startsWith('/_next/static/') || keptAssets.has(url.pathname + url.search)) {
    event.respondWith(cacheFirst(request))
  }
})

/** Fetches every listed file into this version's cache, a few at a time; fails if any fails. */
async function precacheAll() {
  const cache = await caches.open(CACHE)
  const queue = [...manifest.pages, manifest.notFound, ...manifest.assets]
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      if (await cache.match(url)) continue
      // Pages skip the HTTP cache, hashed files may come from it (the first visit just loaded them).
      const hashed = url.startsWith('/_next/static/')
      const response = await fetch(url, { cache: hashed ? 'default' : 'no-cache' })
      // next start answers the not-found address with its page and status 404.
      const expected = response.ok || (url === manifest.notFound && response.status === 404)
      if (!expected) throw new Error(`precache: ${url} answered ${response.status}`)
      // A browser refuses a redirected answer to a page load, so a kept copy must not be one.
      if (response.redirected) throw new Error(`precache: ${url} redirects to ${response.url}`)
      await cache.put(url, response)
    }
  }
  await Promise.all(Array.from({ length: PRECACHE_CONCURRENCY }, worker))
}

async function deleteOtherVersions() {
  const names = await caches.keys()
  await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name)))
}

/** The kept copy of the page at `url`, with or without its query and trailing slash. */
async function keptPage(url) {
  const cache = await caches.open(CACHE)
  const options = { ignoreSearch: true, ignoreVary: true }
  return (
    (await cache.match(url.pathname, options)) ??
    (url.pathname.endsWith('/') ? undefined : await cache.match(url.pathname + '/', options))
  )
}

/** A page from the network; offline, the kept copy, else the not-found page. */
async function pageNetworkFirst(request, url) {
  try {
    return await fetch(request)
  } catch (error) {
    const kept = await keptPage(url)
    if (kept) return kept
    const notFound = await caches.match(manifest.notFound, { cacheName: CACHE })
    if (!notFound) throw error
    return new Response(notFound.body, { status: 404, headers: notFound.headers })
  }
}

/**
 * In the static export, Next checks that a page exists (a HEAD request) before it prefetches the
 * page's payload; offline, the kept copy answers, so the check does not fail in the console.
 */
async function headNetworkFirst(request, url) {
  try {
    return await fetch(request)
  } catch {
    const kept = await keptPage(url)
    return new Response(null, { status: kept ? kept.status : 404, headers: kept ? kept.headers : undefined })
  }
}

/**
 * In-app links fetch a page's RSC payload (`?_rsc=`, or a `.txt` file in the static export). These
 * are not kept; offline, an empty answer makes Next load the page as a document instead, which
 * pageNetworkFirst then serves from the cache. An empty 204 rather than an error keeps the
 * console quiet, and Next treats it as "not a payload" for prefetches too.
 */
async function rscOrBrowserNavigation(request) {
  try {
    return await fetch(request)
  } catch {
    return new Response(null, { status: 204 })
  }
}

function isRscRequest(request, url) {
  return request.headers.get('RSC') === '1' || url.searchParams.has('_rsc')
}

async function cacheFirst(request) {
  return (await caches.match(request, { ignoreVary: true })) ?? fetch(request)
}
