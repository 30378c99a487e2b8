/** Evidence uploads: GOV.UK-style messages for a file that cannot be accepted. */
export const en = {
  wrongType: 'The selected file must be a JPG, PNG, GIF, WebP, HEIC, PDF or video (MP4, MOV or WebM)',
  tooLarge: 'The selected file must be smaller than {{size}}',
  tooMany: 'You can only upload {{count}} files',
  empty: 'The selected file is empty',
  notSaved: 'The selected file could not be saved – try again',
  noDraft: 'Your answers have expired – start again to add files',
  damaged: 'The selected file cannot be opened – it may be damaged, or not the kind of file its name says. Try saving it again or choose another file',
  activeContent: 'The selected PDF contains scripts, attachments or actions we cannot accept – save or print it as a new PDF and upload that',
  tooManyPixels: 'The selected image is too large in pixels – it must be at most {{megapixels}} megapixels. Try a smaller copy of it',
}

export const cy: Record<keyof typeof en, string> = {
  wrongType: 'Rhaid i’r ffeil a ddewiswyd fod yn JPG, PNG, GIF, WebP, HEIC, PDF neu fideo (MP4, MOV neu WebM)',
  tooLarge: 'Rhaid i’r ffeil a ddewiswyd fod yn llai na {{size}}',
  tooMany: 'Dim ond {{count}} ffeil y gallwch eu huwchlwytho',
  empty: 'Mae’r ffeil a ddewiswyd yn wag',
  notSaved: 'Nid oedd modd cadw’r ffeil a ddewiswyd – rhowch gynnig arall arni',
  noDraft: 'Mae eich atebion wedi dod i ben – dechreuwch eto i ychwanegu ffeiliau',
  damaged: 'Nid oes modd agor y ffeil a ddewiswyd – efallai ei bod wedi’i difrodi, neu nad yw’r math o ffeil y mae ei henw’n ei ddweud. Ceisiwch ei chadw eto neu dewiswch ffeil arall',
  activeContent: 'Mae’r PDF a ddewiswyd yn cynnwys sgriptiau, atodiadau neu gamau gweithredu na allwn eu derbyn – cadwch neu argraffwch ef fel PDF newydd ac uwchlwythwch hwnnw',
  tooManyPixels: 'Mae’r ddelwedd a ddewiswyd yn rhy fawr o ran picseli – rhaid iddi fod yn {{megapixels}} megapicsel neu lai. Rhowch gynnig ar gopi llai ohoni',
}
