import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'dorset',
  name: 'Dorset Police',
  shortName: 'Dorset',
  colours: {
    brand: '#734c24',
    'brand-contrast': '#ffffff',
    text: '#1a140f',
    'secondary-text': '#70655b',
    link: '#155fc0',
    'link-visited': '#8f3bb2',
    focus: '#ffdd00',
    'focus-text': '#1a140f',
    error: '#c7251c',
    success: '#0a763c',
    border: '#897f75',
    background: '#ffffff',
    surface: '#f8f5f2',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '2px',
  hostnames: ['www.dorset.police.uk'],
  aliases: ['dorset.police.uk'],
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
