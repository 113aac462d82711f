// Serves the static export the way a plain static host or CDN does: files as they are,
// `dir/` as `dir/index.html`, and 404.html for anything missing.
import handler from 'serve-handler'
import http from 'node:http'
import path from 'node:path'

const [dir = 'out', port = '3124'] = process.argv.slice(2)
const root = path.resolve(dir)

http
  .createServer((request, response) =>
    handler(request, response, { public: root, cleanUrls: true, trailingSlash: true, directoryListing: false }),
  )
  .listen(Number(port), '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`))
