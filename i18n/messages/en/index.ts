import common from './common.json'
import practice from './practice.json'
import simulator from './simulator.json'

/** Interface strings: one JSON file per area, merged into top-level namespaces. */
const messages = { ...common, simulator, practice }

export default messages
