import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'greater-manchester',
  name: 'Greater Manchester Police',
  shortName: 'Greater Manchester',
  colours: {
    brand: '#66461a',
    'brand-contrast': '#ffffff',
    text: '#1a150f',
    'secondary-text': '#6e665a',
    link: '#155fc0',
    'link-visited': '#8f3bb2',
    focus: '#ffdd00',
    'focus-text': '#1a150f',
    error: '#c7251c',
    success: '#0a763c',
    border: '#887f74',
    background: '#ffffff',
    surface: '#f8f5f2',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '4px',
  hostnames: ['www.gmp.police.uk'],
  aliases: ['gmp.police.uk'],
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
