/**
 * What can be wrong with a capture file, as values: each is one line a person can act on, so the
 * command line prints it as it is (never a stack trace).
 */

/** A value, or the one line that says why there is none. */
export type CaptureResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string }

/** The largest file the importer reads: a lesson-sized capture is a few kilobytes. */
export const MAX_CAPTURE_BYTES = 10 * 1024 * 1024

/** Pure. A successful result. */
export const ok = <T>(value: T): CaptureResult<T> => ({ ok: true, value })

/** Pure. A failed result. */
export const fail = <T>(error: string): CaptureResult<T> => ({ ok: false, error })

export const NOT_A_CAPTURE = 'not a capture file: it starts with neither a pcap nor a pcapng header'
export const NO_TCP = 'no TCP segment in the file'

/** Pure. The file ends in the middle of a header or a packet. */
export function truncatedAt(byte: number, what: string): string {
  return `the file is truncated at byte ${byte}: ${what} goes past its end`
}

/** Pure. A link layer the importer does not read. */
export function unsupportedLinkType(linkType: number): string {
  return `unsupported link type ${linkType} (read: Ethernet 1, BSD loopback 0 and 108, raw IP 101/12/14/228/229, Linux cooked 113 and 276)`
}

/** Pure. Over the size limit. */
export function tooLarge(bytes: number): string {
  return `the file is larger than 10 MB (${bytes} bytes); cut it down to the connection you want, e.g. with tcpdump -r IN -w OUT 'tcp port P'`
}
