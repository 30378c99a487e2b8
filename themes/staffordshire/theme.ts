import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'staffordshire',
  name: 'Staffordshire Police',
  shortName: 'Staffordshire',
  colours: {
    brand: '#942c60',
    'brand-contrast': '#ffffff',
    text: '#1a0f14',
    'secondary-text': '#76606b',
    link: '#155ebe',
    'link-visited': '#8d3bb1',
    focus: '#ffdd00',
    'focus-text': '#1a0f14',
    error: '#c5251c',
    success: '#0a753c',
    border: '#8e7a84',
    background: '#ffffff',
    surface: '#f8f2f5',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '0',
  hostnames: ['www.staffordshire.police.uk'],
  aliases: ['staffordshire.police.uk'],
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
