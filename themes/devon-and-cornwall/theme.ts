import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'devon-and-cornwall',
  name: 'Devon & Cornwall Police',
  shortName: 'Devon & Cornwall',
  colours: {
    brand: '#1c5a7a',
    'brand-contrast': '#ffffff',
    text: '#0f161a',
    'secondary-text': '#5c6970',
    link: '#106894',
    'link-visited': '#8f3bb2',
    focus: '#ffdd00',
    'focus-text': '#0f161a',
    error: '#c7251c',
    success: '#0a763c',
    border: '#758389',
    background: '#ffffff',
    surface: '#f2f6f8',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '0',
  hostnames: ['www.devon-cornwall.police.uk'],
  aliases: ['devon-cornwall.police.uk'],
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
