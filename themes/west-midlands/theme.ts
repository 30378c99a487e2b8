import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'west-midlands',
  name: 'West Midlands Police',
  shortName: 'West Midlands',
  colours: {
    brand: '#195c6e',
    'brand-contrast': '#ffffff',
    text: '#0f171a',
    'secondary-text': '#5b6a6f',
    link: '#155fc0',
    'link-visited': '#8f3cb3',
    focus: '#ffdd00',
    'focus-text': '#0f171a',
    error: '#c7251c',
    success: '#0a773d',
    border: '#748488',
    background: '#ffffff',
    surface: '#f2f7f8',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '0',
  hostnames: ['www.west-midlands.police.uk'],
  aliases: ['west-midlands.police.uk'],
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
