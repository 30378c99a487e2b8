// The content history of every service: [version, content hash] pairs, oldest first. Append only.
// See content-lock.test.ts for what to do when a service changes.
export const contentLock: Record<string, [version: number, hash: string][]> = {
  'theft': [[1, '40f323a19271a8e3'], [2, '4a3dbc3469966cee'], [3, '46cfbf53f1e20649']],
  'burglary': [[1, '4934bd120e602714'], [2, '9a63045914fa3623'], [3, '8c01dfddac17bcb7']],
  'criminal-damage': [[1, '4edfe358a6eba362'], [2, 'e713ec501dcd0052'], [3, 'e41835f8b8053da2']],
  'vehicle-crime': [[1, '970486ad8fdbf17b'], [2, '8c9b0e9716afccb9'], [3, '5c7fb38d47b50027']],
  'assault': [[1, '74ba2a0ae12ebd24'], [2, '2db44636e05f3260'], [3, 'c0ddc486412bdaa0']],
  'hate-crime': [[1, '09920bd0e270801a'], [2, '402118a02af8198a'], [3, '4331c2fa940ae1ec']],
  'stalking-harassment': [[1, 'c75e442a1b1ebadc'], [2, '641602ebaf6716e9'], [3, '75b544958233bb3b']],
  'domestic-abuse': [[1, '0a3f249d120f6c97'], [2, 'd8d94319392fd05b']],
  'spiking': [[1, 'd389e5af4fcd3111'], [2, '94a1d54f45fc2855'], [3, 'b331b96d52dd4b53']],
  'antisocial-behaviour': [[1, 'a8c6d866f6e64024'], [2, '6c21940f67447a59'], [3, '50f420fbbe978e25']],
  'road-traffic-collision': [[1, '89f045175e1f6609'], [2, '02d44fe545aa4487']],
  'lost-property': [[1, '2c8fec080798ddea'], [2, '603b892722a161e9'], [3, '6fcd694ffed1e3c1']],
  'found-property': [[1, 'b7928a65effdeabb']],
  'dashcam-evidence': [[1, '4473e976fd50cd20'], [2, '787e7b38bf4affca']],
  'public-health-breach': [[1, '2dd7d16e416ae84c'], [2, 'b01cf178a3a01d96'], [3, 'f335bebc7059dffa']],
  'general-enquiry': [[1, '11774020e9069622'], [2, '382867023cac1a0c']],
  'sighting': [[1, '75a244dc475780ae'], [2, '4a1c3e421a451fcc'], [3, 'cd6e5f7e35acdd08']],
  'child-abuse': [[1, 'dc2d60ecde6de98a'], [2, '95b40f1fe6a318f9']],
  'intimate-image-abuse': [[1, 'e80ba07542d7e557']],
  'modern-slavery': [[1, '50d4c8ab7004d47d']],
  'forced-marriage': [[1, 'a2d8011c54e0e002']],
  'fgm': [[1, '843c99fd5c0cdceb']],
}

/** The same for the priority model (WEIGHTS, BANDS, DIMENSION_CAP and, from version 2, the screening terms) and MODEL_VERSION. */
export const modelLock: [version: number, hash: string][] = [[1, 'cf42d37c36c436aa'], [2, 'de7feaaf86a3d411']]
