import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'surrey',
  name: 'Surrey Police',
  shortName: 'Surrey',
  colours: {
    brand: '#943522',
    'brand-contrast': '#ffffff',
    text: '#1a110f',
    'secondary-text': '#74625f',
    link: '#155ebe',
    'link-visited': '#8d3bb1',
    focus: '#ffdd00',
    'focus-text': '#1a110f',
    error: '#c5251c',
    success: '#0a763c',
    border: '#8d7c79',
    background: '#ffffff',
    surface: '#f8f3f2',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '0',
  hostnames: ['www.surrey.police.uk'],
  aliases: ['surrey.police.uk'],
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
