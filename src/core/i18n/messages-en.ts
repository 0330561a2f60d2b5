/**
 * The interface's words in English: every string the page shows that does not come from
 * the data, keyed like MapLibre's `default_locale.ts` (`area.thing`). English is the
 * shape every other table must have (`Messages`): a missing or extra key is a compile
 * error, and a key that is plural here must be plural there.
 *
 * `{name}` marks a placeholder. A plural message picks its form from `{count}` through
 * `Intl.PluralRules`. Place names, party names, passages and the article come from the
 * data and are never here; no message names one side's term for a disputed place.
 * Where each key is shown is listed in docs/i18n-where.md.
 */

/** Forms of a message that depends on `{count}`, by CLDR plural category. */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralForms;

export const en = {
  // The page (index.html, document.title)
  'page.loading': 'Loading the article…',
  'page.description':
    'The places in a news article on a map, with what the article says about each, word for word.',
  'page.title': '{article} — article-map',
  'page.titleWithPlace': '{place} — {article} — article-map',
  'page.sidebar': 'Places and article',
  'page.skipToTable': 'Skip to the places table',

  // The toolbar
  'toolbar.label': 'Reading controls',
  'toolbar.copyLink': 'Copy link',
  'toolbar.embed': 'Embed',
  'toolbar.downloadGeoJson': 'Download GeoJSON',
  'toolbar.openGeoJson': 'Open GeoJSON',
  'toolbar.downloadImage': 'Download image',
  'toolbar.downloadPng': 'PNG',
  'toolbar.downloadSvg': 'SVG',
  'toolbar.fullscreen': 'Fullscreen',
  'toolbar.exitFullscreen': 'Exit fullscreen',
  'toolbar.cancel': 'Cancel',

  // The interface language switch; each table names its own language in itself.
  'language.label': 'Language',
  'language.name': 'English',

  // The naming switch (a radio group). Party names come from the data.
  'names.label': 'Names',
  'names.all': 'Both',
  'names.allSides': 'All sides',
  'names.party': '{party} usage',

  // The guided tour
  'tour.label': 'Tour of the places',
  'tour.previous': '‹ Previous',
  'tour.next': 'Next ›',
  'tour.count': { one: 'Tour: {count} place', other: 'Tour: {count} places' },
  'tour.position': '{n} of {total}',

  // Sharing and embedding
  'share.linkLabel': 'Link to this map',
  'share.embedCodeLabel': 'Embed code',
  'share.copyEmbedCode': 'Copy embed code',
  'share.embedHint': 'Paste this into a web page to show the map as it is now:',
  'share.linkCopied': 'Link copied.',
  'share.copyLinkByHand': 'Copy the selected link (Ctrl+C or ⌘C).',
  'share.codeCopied': 'Embed code copied.',
  'share.copyCodeByHand': 'Copy the selected code (Ctrl+C or ⌘C).',
  'share.embedTitle': 'Map: {article}',
  'share.openFullMap': 'Open full map',

  // The map and its controls (Leaflet's own controls are English unless told)
  'map.label': 'Map',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.layers': 'Layers',
  'map.closePopup': 'Close popup',
  'map.basemapBuiltIn': 'Natural Earth (built in, offline)',
  'map.basemapOsm': 'OpenStreetMap (online)',
  'map.attributionLand': 'Land: {source}',
  'map.attributionOsm': '© {osm} contributors',
  'map.cluster': {
    one: '{count} point: zoom in',
    other: '{count} points: zoom in',
  },
  'map.ctrlScroll': 'Use Ctrl + scroll to zoom the map',
  'map.cmdScroll': 'Use ⌘ + scroll to zoom the map',
  'map.twoFingers': 'Use two fingers to move the map',

  'map.scaleBar': 'Scale: {metric}, {imperial}',
  // The map's text alternative: its description, written from the data
  'describe.places': {
    one: 'A map of the {count} place named in the article.',
    other: 'A map of the {count} places named in the article.',
  },
  'describe.kinds': 'It shows {kinds}.',
  'describe.disputed': '{place} is administered by {administrator} and claimed by {claimants}.',
  'describe.noDispute': 'None of the places is disputed.',
  'describe.naming': 'Names: {view}.',
  'describe.openPlace': 'Open: {place}.',

  // What the polite live region says after a place opens
  'live.placeOpened': '{label}, {kind}, {n} of {total}',

  // Kinds of place: a noun for running text, a count, and a title for headings and the key
  'kind.city': 'city',
  'kind.island': 'island',
  'kind.islandGroup': 'island group',
  'kind.region': 'region',
  'kind.sea': 'sea',
  'kind.country': 'country',
  'kindCount.city': { one: '{count} city', other: '{count} cities' },
  'kindCount.island': { one: '{count} island', other: '{count} islands' },
  'kindCount.islandGroup': { one: '{count} island group', other: '{count} island groups' },
  'kindCount.region': { one: '{count} region', other: '{count} regions' },
  'kindCount.sea': { one: '{count} sea', other: '{count} seas' },
  'kindCount.country': { one: '{count} country', other: '{count} countries' },
  'kindTitle.city': 'City',
  'kindTitle.island': 'Island',
  'kindTitle.islandGroup': 'Island group',
  'kindTitle.region': 'Region',
  'kindTitle.sea': 'Sea',
  'kindTitle.country': 'Country',

  // The Places list, its key, and the Places table
  'places.heading': 'Places',
  'places.more': { one: 'and {count} more', other: 'and {count} more' },
  'legend.label': 'Key',
  'legend.disputed': 'Disputed area: every side’s names shown',
  'legend.claimLine': 'Claim line',
  'borders.allSides':
    'Borders: every side’s claim, dashed and labelled (Natural Earth disputed boundaries).',
  'borders.noView': 'Borders: {party} has no Natural Earth point of view; claims are dashed.',
  'borders.party': 'Borders as {party} draws them (Natural Earth point of view {pov}).',
  'table.heading': 'Places table',
  'table.caption': 'Every place on the map, with its names, status and first passage',
  'table.name': 'Name',
  'table.kind': 'Kind',
  'table.nameIn': 'Name in {language}',
  'table.status': 'Status',
  'table.firstPassage': 'First passage',
  'table.showOnMap': 'Show on map',
  'table.undisputed': 'Not disputed',
  'table.disputed': 'Administered by {administrator}; claimed by {claimants}',

  // A place's popup
  'popup.names': 'Names',
  'popup.ownScript': 'Own script',
  'popup.inEnglish': 'In English',
  'popup.administeredBy': 'Administered by',
  'popup.claimedBy': 'Claimed by',
  'popup.inArticle': 'In the article',
  'popup.paragraph': 'Paragraph {n}',
  'popup.paragraphInArticle': 'Paragraph {n} in the article',
  'popup.downloadPlace': 'Download this place',
  'popup.source': 'From {title}, {source}, {date}.',
  'popup.none': '—',

  // The popup of a feature from an opened file
  'generic.noProperties': 'No properties',
  'generic.properties': 'Properties',
  'generic.passages': 'Passages',
  'generic.feature': 'Feature {n}',

  // The article panel
  'article.heading': 'Article',
  'article.byline': '{source}, {date}',
  'article.meta': '{source}, {date}. Place names are buttons: choose one to see it on the map.',
  'article.note': 'Note: {note}',
  'article.noText': '{source}, {date}. This file does not carry the article’s text.',
  'article.noTextAt':
    '{source}, {date}. This file does not carry the article’s text; the source has it.',

  // Opening another GeoJSON (status region, then the alert region)
  'open.heading': 'Opened file',
  'open.progressLabel': 'Opening progress',
  'open.backToArticle': 'Back to the article',
  'open.loading': 'Loading {name}…',
  'open.reading': 'Reading {name}…',
  'open.checking': {
    one: 'Checking {name}: {done} of {count} feature…',
    other: 'Checking {name}: {done} of {count} features…',
  },
  'open.progress': '{bytes} read, {features} features',
  'open.opened': {
    one: 'Opened {name}: {count} feature.',
    other: 'Opened {name}: {count} features.',
  },
  'open.openedSomeLeftOut': {
    one: 'Opened {name}: {count} feature; {dropped} left out (see below).',
    other: 'Opened {name}: {count} features; {dropped} left out (see below).',
  },
  'open.refused': 'Could not open {name}; the map is unchanged.',
  'open.failed': 'Could not open {name}: {reason}',
  'open.tooBig':
    'Could not open {name}: it is {size}, over the {limit} limit. The map is unchanged.',
  'open.loadFailed': 'Could not load {name}: {reason}. The map is unchanged.',
  'open.httpStatus': 'the server answered HTTP {status}',
  'open.overLimit': 'it is over the {limit} limit',
  'open.networkOrCors':
    'the request failed: the network is down, or the server does not let other sites read the file (CORS)',
  'open.readerStopped': 'The file reader stopped.',
  'open.cancelled': 'Opening {name} was cancelled; the map is unchanged.',

  // Problems (the alert region)
  'problems.more': {
    one: '… and {count} more problem.',
    other: '… and {count} more problems.',
  },
  'problems.atLine': 'Line {line}: {message}',
  'problems.atLineColumn': 'Line {line}, column {column}: {message}',
  'problems.warning': 'Warning: {message}',
  'problems.couldNotLoad': 'Could not load {what}: the network request failed.',
  'problems.httpStatus': 'Could not load {what}: HTTP {status}.',
  'problems.notJson': 'Could not load {what}: it is not valid JSON.',
  'problems.whatPlaces': 'the places',
  'problems.whatArticle': 'the article text',
  'problems.whatBasemap': 'the basemap',
  'problems.exportFailed': 'Could not export: {reason}',
  'problems.startFailed': 'The map could not start: {reason}',
  'problems.fileEmpty': 'The file is empty',
  'problems.fileTooBig': 'The file is {size}, more than the {limit} that can be opened',
  'problems.tooDeep':
    'Arrays and objects nest more than {depth} levels deep here, far deeper than GeoJSON needs; the file was not read further',
  'problems.notAnyJson': 'This is neither GeoJSON nor any JSON: it starts with {start}',
  'problems.invalidJson': 'This is not valid JSON: {reason}',
  'problems.kml':
    'This is KML, not GeoJSON: convert it to GeoJSON first (e.g. with @tmcw/togeojson or ogr2ogr)',
  'problems.gpx':
    'This is GPX, not GeoJSON: convert it to GeoJSON first (e.g. with @tmcw/togeojson or ogr2ogr)',
  'problems.html':
    'This is a web page (HTML), not GeoJSON: perhaps a page was saved, or a link led to a page instead of the data file',
  'problems.xml':
    'This is XML (root element <{element}>), not GeoJSON: if it holds map data, convert it first (e.g. with ogr2ogr)',
  'problems.csv':
    'This looks like CSV (a table whose first line is "{header}"), not GeoJSON: convert it first (e.g. with csv2geojson or ogr2ogr)',
  'problems.topojson':
    "This is TopoJSON, not GeoJSON: convert it first (e.g. topojson-client's topo2geo)",
  'problems.featuresMissing': 'The "features" member is missing',
  'problems.featuresNotArray': 'The "features" member must be an array',
  'problems.noFeatures': 'The collection holds no features',
} as const satisfies Readonly<Record<string, Message>>;

/** A key of the table. */
export type MessageKey = keyof typeof en;

/** The shape of every table: English's keys; plural where English is plural. */
export type Messages = {
  readonly [K in MessageKey]: (typeof en)[K] extends string ? string : PluralForms;
};
