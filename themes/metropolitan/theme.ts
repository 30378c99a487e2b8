import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'metropolitan',
  name: 'Metropolitan Police Service',
  shortName: 'Met Police',
  colours: {
    brand: '#1f2a44',
    'brand-contrast': '#ffffff',
    text: '#111111',
    'secondary-text': '#51565c',
    link: '#0b52b8',
    'link-visited': '#6a2c91',
    focus: '#ffbf47',
    'focus-text': '#111111',
    error: '#c0182d',
    success: '#126b41',
    border: '#61676d',
    background: '#ffffff',
    surface: '#eef1f5',
  },
  font: '"Helvetica Neue", Helvetica, Arial, system-ui, sans-serif',
  radius: '2px',
  hostnames: ['www.met.police.uk'],
  aliases: ['met.police.uk'],
  locales: ['en'],
  contact: {
    nonEmergency: '101',
    textphone: '18001 101',
    emergencyTextRelay: '18000',
    address: 'New Scotland Yard, Victoria Embankment, London SW1A 2JL',
    openingHours: '101 is answered 24 hours a day',
  },
  social: [
    { label: 'Facebook', url: 'https://www.facebook.com/metpoliceuk' },
    { label: 'X (Twitter)', url: 'https://x.com/metpoliceuk' },
  ],
  options: {
    disabledServices: [],
    enabledServices: [],
    localContacts: [],
  },
})
