import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'leicestershire',
  name: 'Leicestershire Police',
  shortName: 'Leicestershire',
  colours: {
    brand: '#0a2d5c',
    'brand-contrast': '#ffffff',
    text: '#0b0c0c',
    'secondary-text': '#4f5559',
    link: '#1348a6',
    'link-visited': '#5a2d8c',
    focus: '#ffdd00',
    'focus-text': '#0b0c0c',
    error: '#b3261e',
    success: '#0b6b3a',
    border: '#5f666b',
    background: '#ffffff',
    surface: '#f2f4f7',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '0',
  hostnames: ['www.leics.police.uk'],
  aliases: ['leics.police.uk'],
  locales: ['en'],
  contact: {
    nonEmergency: '101',
    textphone: '18001 101',
    emergencyTextRelay: '18000',
    address: 'Force Headquarters, St Johns, Enderby, Leicester LE19 2BX',
    openingHours: '101 is answered 24 hours a day',
  },
  social: [
    { label: 'Facebook', url: 'https://www.facebook.com/leicspolice' },
    { label: 'X (Twitter)', url: 'https://x.com/leicspolice' },
  ],
  options: {
    disabledServices: [],
    enabledServices: [],
    localContacts: [
      {
        id: 'leicester-city-council',
        name: 'Leicester City Council',
        description: 'Noise, fly-tipping and abandoned vehicles in the city of Leicester',
        phone: '0116 454 1000',
        url: 'https://www.leicester.gov.uk/',
        kind: 'council',
      },
    ],
  },
})
