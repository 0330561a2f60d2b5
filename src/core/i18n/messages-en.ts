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
  'home.title': 'article-map: the places in the news, on a map',
  'home.description': {
    one: 'Maps of the places in {count} news article, with what each article says about them, word for word, and every side’s names for disputed places.',
    other:
      'Maps of the places in {count} news articles, with what each article says about them, word for word, and every side’s names for disputed places.',
  },
  'page.sidebar': 'Places and article',
  'page.skipToTable': 'Skip to the places table',

  // The toolbar
  'toolbar.label': 'Reading controls',
  'toolbar.copyLink': 'Copy link',
  'toolbar.embed': 'Embed',
  'toolbar.downloadGeoJson': 'Download GeoJSON',
  'toolbar.openGeoJson': 'Open GeoJSON',
  'toolbar.downloadImage': 'Download image',
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

  // Opening files, and what checking them finds (phrases from core/geojson and the worker)
  'open.reading': 'Reading {name}…',
  'open.readingBytes': 'Reading {name}: {done}…',
  'open.readingBytesOf': 'Reading {name}: {done} of {total}…',
  'open.readingChecked': {
    one: 'Reading {name}: {done}, {count} feature checked…',
    other: 'Reading {name}: {done}, {count} features checked…',
  },
  'open.readingOfChecked': {
    one: 'Reading {name}: {done} of {total}, {count} feature checked…',
    other: 'Reading {name}: {done} of {total}, {count} features checked…',
  },
  'open.checking': {
    one: 'Checking {name}: {done} of {count} feature…',
    other: 'Checking {name}: {done} of {count} features…',
  },
  'open.checkingAll': 'Checking {name}…',
  'open.opened': {
    one: 'Opened {name}: {count} feature.',
    other: 'Opened {name}: {count} features.',
  },
  'open.openedUnlocated': {
    one: 'Opened {name}: {count} feature ({unlocated} without a geometry, not drawn).',
    other: 'Opened {name}: {count} features ({unlocated} without a geometry, not drawn).',
  },
  'open.openedLeftOut': {
    one: 'Opened {name}: {count} feature; {dropped} left out (see the problems).',
    other: 'Opened {name}: {count} features; {dropped} left out (see the problems).',
  },
  'open.openedUnlocatedLeftOut': {
    one: 'Opened {name}: {count} feature ({unlocated} without a geometry, not drawn); {dropped} left out (see the problems).',
    other:
      'Opened {name}: {count} features ({unlocated} without a geometry, not drawn); {dropped} left out (see the problems).',
  },
  'open.openedNoGeometry': {
    one: 'Opened {name}: {count} feature, none with a geometry, so there is nothing to draw; their properties are kept in the download.',
    other:
      'Opened {name}: {count} features, none with a geometry, so there is nothing to draw; their properties are kept in the download.',
  },
  'open.openedNoGeometryLeftOut': {
    one: 'Opened {name}: {count} feature, none with a geometry, so there is nothing to draw; their properties are kept in the download; {dropped} left out (see the problems).',
    other:
      'Opened {name}: {count} features, none with a geometry, so there is nothing to draw; their properties are kept in the download; {dropped} left out (see the problems).',
  },
  'open.articleAsFeatures': 'The file names an article but is shown as plain features: {reason}',
  'open.articleProblem': '{problem}',
  'open.articleNotText': 'The file’s “article_text” is not text; the article’s text is not shown.',
  'open.articleTextMismatch':
    'The file’s article text does not hold every passage word for word ({places}); the text is not shown, the popups keep their passages.',
  'open.articleClaimsLeftOut': {
    one: '{count} of the file’s claim lines is not usable (a line needs a name, classes and a source); left out.',
    other:
      '{count} of the file’s claim lines are not usable (a line needs a name, classes and a source); left out.',
  },
  'open.cancelled': 'Stopped opening {name}; the map is unchanged.',
  'open.refused': 'Could not open {name}; the map is unchanged.',
  'open.failed': 'Could not open {name}: {reason}. The map is unchanged.',
  'open.loadFailed': 'Could not load {name}: {reason}. The map is unchanged.',
  'open.dropped': {
    one: '{count} file was dropped; only the first, {name}, is opened: one file at a time.',
    other: '{count} files were dropped; only the first, {name}, is opened: one file at a time.',
  },
  'open.noLongerOpen': '{name} is no longer open in this tab: choose it again with "{button}".',
  'open.readerStopped':
    'the file reader stopped, most likely out of memory; a smaller or simplified file may open',
  'open.httpStatus': 'the server answered HTTP {status}',
  'open.overLimit': 'it is more than {limit}',
  'open.tooLargeSize': 'it is {size}, more than {limit}',
  'open.tooLargeUnknown': 'it is more than {limit} (reading stopped there)',
  'open.tooLarge':
    '{how}, the most this page opens. To open it here, simplify it (e.g. mapshaper -simplify), split it into smaller files, or serve it as vector tiles (e.g. made with tippecanoe)',
  'open.tooLargeOnDevice':
    '{how}, the most this page opens on a device with {memory} GB of memory. To open it here, simplify it (e.g. mapshaper -simplify), split it into smaller files, or serve it as vector tiles (e.g. made with tippecanoe)',
  'load.timeout': 'the server did not answer within {seconds} s',
  'load.stoppedSending': 'the server stopped sending: {reason}',
  'load.idle': 'no data came for {seconds} s',
  'load.cancelled': 'opening was cancelled',
  'load.redirectLoop':
    'the server redirects, and the redirects never end (a redirect loop) or lead to no server',
  'load.redirectCors':
    'the server redirects to a place that does not let other sites read the file (CORS)',
  'load.noServer':
    'no server answered at that address (it is down, the address or port is wrong, the network is off, or its redirects never end)',
  'load.cors':
    'the server answered, but does not let other sites read the file (it sends no Access-Control-Allow-Origin header: CORS)',
  'load.notAddress': 'it is not a web address',
  'load.protocol': 'only http and https addresses can be loaded, not {protocol}',
  'load.credentials':
    'the address holds a user name or password, which browsers do not send from a link; remove it, or download the file and open it',
  'load.badPort':
    'browsers refuse to connect to port {port}, which belongs to another kind of service; serve the file from another port',
  'load.mixedContent':
    'this page is https, and browsers do not load http addresses from it (mixed content); use the https address of the file',
  'problems.inFeature': '{feature}: {message}',
  'problems.featureWithId': 'Feature {n} (id {id})',
  'problems.theFeature': 'The feature',
  'problems.theFeatureWithId': 'The feature (id {id})',
  'problems.theGeometry': 'The geometry',
  'problems.andMore': '{message} (and {count} more)',
  'problems.exactBytes': { one: '{count} byte', other: '{count} bytes' },
  'problems.uncheckable': 'The file could not be checked: {reason}',
  'problems.noText': 'Nothing to check: no text was given',
  'problems.overflow':
    'the number {token} at {path} is too large and reads as Infinity; a download writes it as null',
  'problems.membersTooBig':
    "the collection's own members are {size} of text besides the features, too much to check; they are kept unchecked",
  'problems.featureUncheckable': 'could not be checked ({reason})',
  'problems.expectedFeature': 'expected a Feature object, found {found}',
  'problems.typeNotFeature': '"type" is "{type}", where a feature needs "Feature"',
  'problems.expectedTypeFeature': 'expected "type": "Feature"',
  'problems.featureTooBig':
    '{size} of text, more than the {limit} one feature may have to be checked; simplify it first (e.g. with mapshaper)',
  'problems.crs':
    'the "crs" member is obsolete (RFC 7946 §4 removed it); coordinates are read as WGS 84 longitude and latitude whatever it says',
  'problems.arrayOfFeatures': {
    one: 'This is a JSON array of {count} feature, not GeoJSON: GeoJSON keeps features in a FeatureCollection, {example}',
    other:
      'This is a JSON array of {count} features, not GeoJSON: GeoJSON keeps features in a FeatureCollection, {example}',
  },
  'problems.expectedRoot':
    'a GeoJSON file holds one object whose "type" is "FeatureCollection", "Feature" or a geometry type',
  'problems.jsonArray': 'This is a JSON array, not GeoJSON: {expected}',
  'problems.jsonScalar': 'This is JSON, but only {kind}, not GeoJSON: {expected}',
  'problems.noType': 'This is JSON, but not GeoJSON: its top-level object has no "type" member',
  'problems.noTypeCollection':
    'This is JSON, but not GeoJSON: its top-level object has no "type" member (a FeatureCollection needs "type": "FeatureCollection")',
  'problems.typeNotString':
    'The top-level "type" member must be a string such as "FeatureCollection", not {found}',
  'problems.typeCase':
    'The type "{type}" must be written "{meant}": GeoJSON types are case-sensitive',
  'problems.unknownType': 'This is JSON, but not GeoJSON: "{type}" is not a GeoJSON type ({types})',
  'problems.notUtf8':
    'The file is not UTF-8 (byte 0x{byte} here is not valid UTF-8), so it was read as Windows-1252 (Latin-1); if its accented letters look wrong, save it as UTF-8 and open it again',
  'problems.utf16':
    'The file is {encoding} (it starts with that byte-order mark), not UTF-8 as GeoJSON should be; it was read as {encoding}',
  'value.null': 'null',
  'value.array': 'an array',
  'value.object': 'an object',
  'value.string': 'a string',
  'value.number': 'a number',
  'value.boolean': 'a boolean',
  'value.singleString': 'a single string',
  'value.singleNumber': 'a single number',
  'value.singleBoolean': 'a single boolean',
  'json.trailingCommaArray': "a comma before ']' has nothing after it (trailing comma)",
  'json.trailingCommaObject': "a comma before '}' has nothing after it (trailing comma)",
  'json.expectedName': 'expected a member name in double quotes, found {found}',
  'json.expectedColon': "expected ':' after a member name, found {found}",
  'json.afterEnd': 'found {found} after the end of the JSON value',
  'json.expectedCommaObject': "expected ',' or '}' after a member's value, found {found}",
  'json.expectedCommaArray': "expected ',' or ']' after an array element, found {found}",
  'json.stringNotClosed': 'a string is not closed (its closing " is missing)',
  'json.unknownEscape': 'a string holds an unknown escape \\{escape}',
  'json.controlInString': 'a string holds a raw line break, tab or other control character',
  'json.leadingZero': 'a number starts with 0 (leading zeros)',
  'json.minus': "'-' is not followed by a digit",
  'json.decimalPoint': 'a decimal point is not followed by a digit',
  'json.exponent': 'an exponent (e) is not followed by digits',
  'json.expectedValue': 'expected a value, found {found}',
  'json.noValue': 'the file holds no JSON value',
  'json.unclosed': {
    one: 'the file ends before the JSON is complete ({count} bracket still open)',
    other: 'the file ends before the JSON is complete ({count} brackets still open)',
  },
  'json.endOfFile': 'the end of the file',
  'json.controlChar': 'the control character U+{code}',
  'json.byteOrderMark': 'a byte-order mark (U+FEFF)',
  'json.spaceChar': 'the space character U+{code}',
  'check.duplicateAmbiguous':
    'the member "{name}" appears more than once, so its meaning is ambiguous',
  'check.duplicate': 'the member "{name}" appears more than once; the last one is used',
  'check.positionExtra': {
    one: 'a position has {count} numbers; only longitude, latitude and altitude are used (RFC 7946 §3.1.1)',
    other:
      'a position has {count} numbers; only longitude, latitude and altitude are used (RFC 7946 §3.1.1)',
  },
  'check.positionShort': {
    one: 'a position has {count} number; it needs a longitude and a latitude',
    other: 'a position has {count} numbers; it needs a longitude and a latitude',
  },
  'check.positionNotNumber': 'a position holds something other than a number',
  'check.bboxNotNumber': '"bbox" holds something other than a number',
  'check.bboxLength': '"bbox" must hold 4 or 6 numbers',
  'check.featureHere':
    'a {type} cannot stand here: a GeometryCollection holds geometries, a FeatureCollection holds Features',
  'check.notGeometryType': '"{type}" is not a geometry type',
  'check.notAllowed': 'a "{type}" is not allowed here',
  'check.memberMissing': 'the "{name}" member is missing',
  'check.propertiesMissing':
    'the "properties" member is missing (write "properties": null for none)',
  'check.typeMissing': 'the "type" member is missing',
  'check.typeNotString': 'the "type" member must be a string',
  'check.idType': 'the "id" must be a string or a number',
  'check.propertiesType': '"properties" must be an object or null',
  'check.forbiddenMember': 'a {kind} must not have a "{name}" member (RFC 7946 §7.1)',
  'check.expectedArray': 'expected an array here',
  'check.expectedObject': 'expected an object here',
  'check.expectedGeometry': 'expected a geometry object here',
  'check.expectedPositions': 'expected an array of positions here',
  'check.numberForPosition':
    'a number stands where a position ([longitude, latitude]) should be: the coordinates need one more level of [ ]',
  'check.expectedPosition': 'expected a position ([longitude, latitude]) here',
  'check.lineShort': 'a line needs two or more positions',
  'check.ringShort': 'a polygon ring needs four or more positions',
  'check.ringOpen': 'a polygon ring is not closed: its first and last positions differ',
  'check.other': '{message}',
  'axis.longitude': 'longitude',
  'axis.latitude': 'latitude',
  'axis.altitude': 'altitude',
  'axis.coordinate': 'a coordinate',
  'check.notFinite': '{axis} {value} is not a finite number',
  'check.latitudeRange': 'latitude {value} is outside −90…90',
  'check.longitudeRange': 'longitude {value} is outside −180…180',
  'check.longitude360': '{message}; are the longitudes 0…360? GeoJSON needs −180…180',
  'check.antimeridian':
    'longitudes run past ±180 across the antimeridian (to {furthest}); RFC 7946 §3.1.9 asks for such shapes to be cut at 180°, but it is kept whole, as maps draw it',
  'check.precision':
    'coordinates have more than {max} decimals (e.g. {value}); {max} are about 10 cm, more only makes the file bigger',
  'check.outerClockwise': 'an outer ring runs clockwise',
  'check.holeCounter': 'a hole runs counter-clockwise',
  'check.moreRings': {
    one: '{which} (and {count} more ring)',
    other: '{which} (and {count} more rings)',
  },
  'check.winding':
    '{which}; RFC 7946 §3.1.6 asks for outer rings counter-clockwise and holes clockwise (the right-hand rule); drawn as given',
  'check.nestedCollection':
    'a GeometryCollection sits inside another; RFC 7946 §3.1.8 asks to avoid nesting them',
  'check.singleCollection':
    'a GeometryCollection holds a single geometry; RFC 7946 §3.1.8 suggests using that geometry itself',
} as const satisfies Readonly<Record<string, Message>>;

/** A key of the table. */
export type MessageKey = keyof typeof en;

/** The shape of every table: English's keys; plural where English is plural. */
export type Messages = {
  readonly [K in MessageKey]: (typeof en)[K] extends string ? string : PluralForms;
};
