// The content history of every service: [version, content hash] pairs, oldest first. Append only.
// See content-lock.test.ts for what to do when a service changes.
export const contentLock: Record<string, [version: number, hash: string][]> = {
  'theft': [[1, '40f323a19271a8e3']],
  'burglary': [[1, '4934bd120e602714']],
  'criminal-damage': [[1, '4edfe358a6eba362']],
  'vehicle-crime': [[1, '970486ad8fdbf17b']],
  'assault': [[1, '74ba2a0ae12ebd24']],
  'hate-crime': [[1, '09920bd0e270801a']],
  'stalking-harassment': [[1, 'c75e442a1b1ebadc']],
  'spiking': [[1, 'd389e5af4fcd3111']],
  'antisocial-behaviour': [[1, 'a8c6d866f6e64024']],
  'road-traffic-collision': [[1, '89f045175e1f6609']],
  'lost-property': [[1, '2c8fec080798ddea']],
  'found-property': [[1, 'b7928a65effdeabb']],
  'dashcam-evidence': [[1, '4473e976fd50cd20']],
  'public-health-breach': [[1, '2dd7d16e416ae84c']],
  'general-enquiry': [[1, '11774020e9069622']],
  'sighting': [[1, '75a244dc475780ae']],
}

/** The same for the priority model (WEIGHTS, BANDS, DIMENSION_CAP) and MODEL_VERSION. */
export const modelLock: [version: number, hash: string][] = [[1, 'cf42d37c36c436aa']]
