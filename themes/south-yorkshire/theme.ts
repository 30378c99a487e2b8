import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'south-yorkshire',
  name: 'South Yorkshire Police',
  shortName: 'South Yorkshire',
  colours: {
    brand: '#1e6b38',
    'brand-contrast': '#ffffff',
    text: '#0f1a13',
    'secondary-text': '#596c5f',
    link: '#1560c1',
    'link-visited': '#903cb3',
    focus: '#ffdd00',
    'focus-text': '#0f1a13',
    error: '#c8251d',
    success: '#0a773d',
    border: '#728679',
    background: '#ffffff',
    surface: '#f2f8f4',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '4px',
  hostnames: ['www.southyorkshire.police.uk'],
  aliases: ['southyorkshire.police.uk'],
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
