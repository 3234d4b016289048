/**
 * The rich-text editor's own words (@payloadcms/richtext-lexical ships them per language, Bokmål
 * but no Nynorsk): the "/" menu, the toolbar and the placeholder.
 */
export const lexicalNn = {
  lexical: {
    general: {
      placeholder: 'Byrj å skrive, eller trykk «/» for kommandoar …',
      slashMenuBasicGroupLabel: 'Grunnleggjande',
      slashMenuListGroupLabel: 'Lister',
      toolbarItemsActive: '{{count}} aktive',
    },
    align: {
      alignCenterLabel: 'Midtstill tekst',
      alignJustifyLabel: 'Blokkjuster',
      alignLeftLabel: 'Venstrejuster',
      alignRightLabel: 'Høgrejuster',
    },
    blockquote: { label: 'Sitat' },
    blocks: {
      inlineBlocks: {
        create: 'Opprett {{label}}',
        edit: 'Rediger {{label}}',
        label: 'Blokker i teksten',
        remove: 'Fjern {{label}}',
      },
      label: 'Blokker',
    },
    checklist: { label: 'Sjekkliste' },
    heading: { label: 'Overskrift {{headingLevel}}' },
    horizontalRule: { label: 'Vassrett linje' },
    indent: { decreaseLabel: 'Mindre innrykk', increaseLabel: 'Større innrykk' },
    link: { label: 'Lenkje', loadingWithEllipsis: 'Lastar …' },
    orderedList: { label: 'Nummerert liste' },
    paragraph: { label: 'Avsnitt', label2: 'Vanleg tekst' },
    relationship: { label: 'Relasjon' },
    unorderedList: { label: 'Punktliste' },
    upload: { label: 'Bilete eller fil' },
  },
}
