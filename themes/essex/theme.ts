import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'essex',
  name: 'Essex Police',
  shortName: 'Essex',
  colours: {
    brand: '#73295d',
    'brand-contrast': '#ffffff',
    text: '#1a0f16',
    'secondary-text': '#755f6e',
    link: '#155ebe',
    'link-visited': '#8d3bb1',
    focus: '#ffdd00',
    'focus-text': '#1a0f16',
    error: '#c5251c',
    success: '#0a753c',
    border: '#8d7a88',
    background: '#ffffff',
    surface: '#f8f2f6',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '4px',
  hostnames: ['www.essex.police.uk'],
  aliases: ['essex.police.uk'],
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
