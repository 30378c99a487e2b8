import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'west-yorkshire',
  name: 'West Yorkshire Police',
  shortName: 'West Yorkshire',
  colours: {
    brand: '#84312c',
    'brand-contrast': '#ffffff',
    text: '#1a100f',
    'secondary-text': '#756160',
    link: '#155ebe',
    'link-visited': '#8d3bb0',
    focus: '#ffdd00',
    'focus-text': '#1a100f',
    error: '#c4241c',
    success: '#0a753c',
    border: '#8e7b7a',
    background: '#ffffff',
    surface: '#f8f2f2',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '4px',
  hostnames: ['www.westyorkshire.police.uk'],
  aliases: ['westyorkshire.police.uk'],
  locales: ['en'],
  contact: {
    nonEmergency: '101',
    textphone: '18001 101',
    emergencyTextRelay: '18000',
  },
  social: [],
  options: {
    disabledServices: [],
    enabledServices: [],
    localContacts: [],
  },
})
