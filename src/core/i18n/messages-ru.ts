/**
 * The interface table `ru`, for a news site's readers: plain, neutral, no side's term for
 * a disputed place (those come from the data). Numerals take their case from
 * `Intl.PluralRules` (one/few/many, and other for fractions); templates put data values
 * (party and place names) after a colon or dash, in the nominative, so that no name
 * from the data needs declining. A date ends in «г.» (Intl's own abbreviation), so no
 * message puts a full stop after `{date}`.
 */
import type { Messages } from './messages-en';

export const ru: Messages = {
  'page.loading': 'Загрузка статьи…',
  'page.description':
    'Места из новостной статьи на карте — и дословно всё, что о каждом из них сказано в статье.',
  'page.title': '{article} — article-map',
  'page.titleWithPlace': '{place} — {article} — article-map',
  'home.title': 'article-map: места из новостей на карте',
  'home.description': {
    one: 'Карты мест из {count} новостной статьи, с тем, что о них дословно сказано в каждой статье, и с названиями спорных мест, которыми пользуется каждая сторона.',
    few: 'Карты мест из {count} новостных статей, с тем, что о них дословно сказано в каждой статье, и с названиями спорных мест, которыми пользуется каждая сторона.',
    many: 'Карты мест из {count} новостных статей, с тем, что о них дословно сказано в каждой статье, и с названиями спорных мест, которыми пользуется каждая сторона.',
    other:
      'Карты мест из {count} новостной статьи, с тем, что о них дословно сказано в каждой статье, и с названиями спорных мест, которыми пользуется каждая сторона.',
  },
  'page.sidebar': 'Места и статья',
  'page.skipToTable': 'Перейти к таблице мест',

  'toolbar.label': 'Панель инструментов',
  'toolbar.copyLink': 'Скопировать ссылку',
  'toolbar.embed': 'Встроить',
  'toolbar.downloadGeoJson': 'Скачать GeoJSON',
  'toolbar.openGeoJson': 'Открыть GeoJSON',
  'toolbar.downloadImage': 'Скачать изображение',
  'toolbar.downloadSvg': 'SVG',
  'toolbar.fullscreen': 'Во весь экран',
  'toolbar.exitFullscreen': 'Свернуть',
  'toolbar.cancel': 'Отмена',

  'language.label': 'Язык',
  'language.name': 'Русский',

  'names.label': 'Названия',
  'names.all': 'Оба варианта',
  'names.allSides': 'Все варианты',
  'names.party': 'Вариант: {party}',

  'tour.label': 'Обзор мест',
  'tour.previous': '‹ Назад',
  'tour.next': 'Далее ›',
  'tour.count': {
    one: 'Обзор: {count} место',
    few: 'Обзор: {count} места',
    many: 'Обзор: {count} мест',
    other: 'Обзор: {count} места',
  },
  'tour.position': '{n} из {total}',

  'share.linkLabel': 'Ссылка на эту карту',
  'share.embedCodeLabel': 'Код для вставки',
  'share.copyEmbedCode': 'Скопировать код',
  'share.embedHint': 'Вставьте этот код на веб-страницу, чтобы показать карту в нынешнем виде:',
  'share.linkCopied': 'Ссылка скопирована.',
  'share.copyLinkByHand': 'Скопируйте выделенную ссылку (Ctrl+C или ⌘C).',
  'share.codeCopied': 'Код скопирован.',
  'share.copyCodeByHand': 'Скопируйте выделенный код (Ctrl+C или ⌘C).',
  'share.embedTitle': 'Карта: {article}',
  'share.openFullMap': 'Открыть полную карту',

  'map.label': 'Карта',
  'map.zoomIn': 'Приблизить',
  'map.zoomOut': 'Отдалить',
  'map.layers': 'Слои',
  'map.closePopup': 'Закрыть карточку',
  'map.basemapBuiltIn': 'Natural Earth (встроенная, без сети)',
  'map.basemapOsm': 'OpenStreetMap (из сети)',
  'map.attributionLand': 'Суша: {source}',
  'map.attributionOsm': '© участники {osm}',
  'map.cluster': {
    one: '{count} точка: приблизьте',
    few: '{count} точки: приблизьте',
    many: '{count} точек: приблизьте',
    other: '{count} точки: приблизьте',
  },
  'map.ctrlScroll': 'Чтобы изменить масштаб, прокручивайте карту, удерживая Ctrl',
  'map.cmdScroll': 'Чтобы изменить масштаб, прокручивайте карту, удерживая ⌘',
  'map.twoFingers': 'Чтобы переместить карту, проведите по ней двумя пальцами',

  'map.scaleBar': 'Масштаб: {metric}, {imperial}',
  'describe.places': {
    one: 'На карте {count} место из статьи.',
    few: 'На карте {count} места из статьи.',
    many: 'На карте {count} мест из статьи.',
    other: 'На карте {count} места из статьи.',
  },
  'describe.kinds': 'Среди них: {kinds}.',
  'describe.disputed': '{place}: управление — {administrator}, претензии — {claimants}.',
  'describe.noDispute': 'Спорных мест среди них нет.',
  'describe.naming': 'Названия: {view}.',
  'describe.openPlace': 'Открыто: {place}.',

  'live.placeOpened': '{label}, {kind}, {n} из {total}',

  'kind.city': 'город',
  'kind.island': 'остров',
  'kind.islandGroup': 'группа островов',
  'kind.region': 'регион',
  'kind.sea': 'море',
  'kind.country': 'страна',
  'kindCount.city': {
    one: '{count} город',
    few: '{count} города',
    many: '{count} городов',
    other: '{count} города',
  },
  'kindCount.island': {
    one: '{count} остров',
    few: '{count} острова',
    many: '{count} островов',
    other: '{count} острова',
  },
  'kindCount.islandGroup': {
    one: '{count} группа островов',
    few: '{count} группы островов',
    many: '{count} групп островов',
    other: '{count} группы островов',
  },
  'kindCount.region': {
    one: '{count} регион',
    few: '{count} региона',
    many: '{count} регионов',
    other: '{count} региона',
  },
  'kindCount.sea': {
    one: '{count} море',
    few: '{count} моря',
    many: '{count} морей',
    other: '{count} моря',
  },
  'kindCount.country': {
    one: '{count} страна',
    few: '{count} страны',
    many: '{count} стран',
    other: '{count} страны',
  },
  'kindTitle.city': 'Город',
  'kindTitle.island': 'Остров',
  'kindTitle.islandGroup': 'Группа островов',
  'kindTitle.region': 'Регион',
  'kindTitle.sea': 'Море',
  'kindTitle.country': 'Страна',

  'places.heading': 'Места',
  'places.more': {
    one: 'и ещё {count}',
    few: 'и ещё {count}',
    many: 'и ещё {count}',
    other: 'и ещё {count}',
  },
  'legend.label': 'Условные обозначения',
  'legend.disputed': 'Спорная территория: названия всех сторон',
  'legend.claimLine': 'Линия притязаний',
  'borders.allSides':
    'Границы: притязания всех сторон, пунктиром и с подписями (спорные границы Natural Earth).',
  'borders.noView':
    'Границы: для стороны «{party}» у Natural Earth нет своей версии; притязания показаны пунктиром.',
  'borders.party': 'Границы в версии стороны «{party}» (версия Natural Earth {pov}).',
  'table.heading': 'Таблица мест',
  'table.caption': 'Все места на карте: названия, статус и первое упоминание в статье',
  'table.name': 'Название',
  'table.kind': 'Тип',
  'table.nameIn': 'Название ({language})',
  'table.status': 'Статус',
  'table.firstPassage': 'Первое упоминание',
  'table.showOnMap': 'Показать на карте',
  'table.undisputed': 'Не оспаривается',
  'table.disputed': 'Управление: {administrator}; претензии: {claimants}',

  'popup.names': 'Названия',
  'popup.ownScript': 'В оригинале',
  'popup.inEnglish': 'По-английски',
  'popup.administeredBy': 'Управление',
  'popup.claimedBy': 'Претензии',
  'popup.inArticle': 'В статье',
  'popup.paragraph': 'Абзац {n}',
  'popup.paragraphInArticle': 'Абзац {n} в статье',
  'popup.downloadPlace': 'Скачать это место',
  'popup.source': 'Источник: {title}, {source}, {date}',
  'popup.none': '—',

  'generic.noProperties': 'Нет свойств',
  'generic.properties': 'Свойства',
  'generic.passages': 'Цитаты',
  'generic.feature': 'Объект {n}',

  'article.heading': 'Статья',
  'article.byline': '{source}, {date}',
  'article.meta':
    '{source}, {date}; названия мест — это кнопки: нажмите, чтобы увидеть место на карте.',
  'article.note': 'Примечание: {note}',
  'article.noText': '{source}, {date}. В этом файле нет текста статьи.',
  'article.noTextAt': '{source}, {date}. В этом файле нет текста статьи; он есть у источника.',

  'open.heading': 'Открытый файл',
  'open.progressLabel': 'Ход открытия файла',
  'open.backToArticle': 'Вернуться к статье',

  'problems.more': {
    one: '… и ещё {count} замечание.',
    few: '… и ещё {count} замечания.',
    many: '… и ещё {count} замечаний.',
    other: '… и ещё {count} замечания.',
  },
  'problems.atLine': 'Строка {line}: {message}',
  'problems.atLineColumn': 'Строка {line}, столбец {column}: {message}',
  'problems.warning': 'Предупреждение: {message}',
  'problems.couldNotLoad': 'Не удалось загрузить {what}: сетевой запрос не выполнен.',
  'problems.httpStatus': 'Не удалось загрузить {what}: HTTP {status}.',
  'problems.notJson': 'Не удалось загрузить {what}: это некорректный JSON.',
  'problems.whatPlaces': 'данные о местах',
  'problems.whatArticle': 'текст статьи',
  'problems.whatBasemap': 'подложку карты',
  'problems.exportFailed': 'Не удалось экспортировать: {reason}',
  'problems.startFailed': 'Не удалось запустить карту: {reason}',
  'problems.fileEmpty': 'Файл пуст',
  'problems.fileTooBig': 'Размер файла — {size}, больше допустимых {limit}',
  'problems.tooDeep':
    'Массивы и объекты вложены здесь глубже {depth} уровней — намного глубже, чем нужно для GeoJSON; дальше файл не читался',
  'problems.notAnyJson': 'Это не GeoJSON и вообще не JSON: файл начинается с {start}',
  'problems.invalidJson': 'Это некорректный JSON: {reason}',
  'problems.kml':
    'Это KML, а не GeoJSON: сначала преобразуйте его в GeoJSON (например, с помощью @tmcw/togeojson или ogr2ogr)',
  'problems.gpx':
    'Это GPX, а не GeoJSON: сначала преобразуйте его в GeoJSON (например, с помощью @tmcw/togeojson или ogr2ogr)',
  'problems.html':
    'Это веб-страница (HTML), а не GeoJSON: возможно, сохранили страницу или ссылка вела на страницу, а не на файл с данными',
  'problems.xml':
    'Это XML (корневой элемент <{element}>), а не GeoJSON: если в нём есть картографические данные, сначала преобразуйте их (например, с помощью ogr2ogr)',
  'problems.csv':
    'Похоже на CSV (таблица с первой строкой «{header}»), а не на GeoJSON: сначала преобразуйте её (например, с помощью csv2geojson или ogr2ogr)',
  'problems.topojson':
    'Это TopoJSON, а не GeoJSON: сначала преобразуйте его (например, функцией topo2geo из topojson-client)',
  'problems.featuresMissing': 'Отсутствует поле "features"',
  'problems.featuresNotArray': 'Поле "features" должно быть массивом',
  'problems.noFeatures': 'В коллекции нет объектов',

  // Opening files, and what checking them finds (phrases from core/geojson and the worker)
  'open.reading': 'Чтение {name}…',
  'open.readingBytes': 'Чтение {name}: {done}…',
  'open.readingBytesOf': 'Чтение {name}: {done} из {total}…',
  'open.readingChecked': {
    one: 'Чтение {name}: {done}, проверен {count} объект…',
    few: 'Чтение {name}: {done}, проверено {count} объекта…',
    many: 'Чтение {name}: {done}, проверено {count} объектов…',
    other: 'Чтение {name}: {done}, проверено {count} объекта…',
  },
  'open.readingOfChecked': {
    one: 'Чтение {name}: {done} из {total}, проверен {count} объект…',
    few: 'Чтение {name}: {done} из {total}, проверено {count} объекта…',
    many: 'Чтение {name}: {done} из {total}, проверено {count} объектов…',
    other: 'Чтение {name}: {done} из {total}, проверено {count} объекта…',
  },
  'open.checking': {
    one: 'Проверка {name}: {done} из {count} объекта…',
    few: 'Проверка {name}: {done} из {count} объектов…',
    many: 'Проверка {name}: {done} из {count} объектов…',
    other: 'Проверка {name}: {done} из {count} объекта…',
  },
  'open.checkingAll': 'Проверка {name}…',
  'open.opened': {
    one: 'Открыт файл {name}: {count} объект.',
    few: 'Открыт файл {name}: {count} объекта.',
    many: 'Открыт файл {name}: {count} объектов.',
    other: 'Открыт файл {name}: {count} объекта.',
  },
  'open.openedUnlocated': {
    one: 'Открыт файл {name}: {count} объект (без геометрии и не показаны на карте: {unlocated}).',
    few: 'Открыт файл {name}: {count} объекта (без геометрии и не показаны на карте: {unlocated}).',
    many: 'Открыт файл {name}: {count} объектов (без геометрии и не показаны на карте: {unlocated}).',
    other:
      'Открыт файл {name}: {count} объекта (без геометрии и не показаны на карте: {unlocated}).',
  },
  'open.openedLeftOut': {
    one: 'Открыт файл {name}: {count} объект; не включено: {dropped} (см. список проблем).',
    few: 'Открыт файл {name}: {count} объекта; не включено: {dropped} (см. список проблем).',
    many: 'Открыт файл {name}: {count} объектов; не включено: {dropped} (см. список проблем).',
    other: 'Открыт файл {name}: {count} объекта; не включено: {dropped} (см. список проблем).',
  },
  'open.openedUnlocatedLeftOut': {
    one: 'Открыт файл {name}: {count} объект (без геометрии и не показаны на карте: {unlocated}); не включено: {dropped} (см. список проблем).',
    few: 'Открыт файл {name}: {count} объекта (без геометрии и не показаны на карте: {unlocated}); не включено: {dropped} (см. список проблем).',
    many: 'Открыт файл {name}: {count} объектов (без геометрии и не показаны на карте: {unlocated}); не включено: {dropped} (см. список проблем).',
    other:
      'Открыт файл {name}: {count} объекта (без геометрии и не показаны на карте: {unlocated}); не включено: {dropped} (см. список проблем).',
  },
  'open.openedNoGeometry': {
    one: 'Открыт файл {name}: {count} объект без геометрии, так что на карте показывать нечего; их свойства сохранятся в скачанном файле.',
    few: 'Открыт файл {name}: {count} объекта без геометрии, так что на карте показывать нечего; их свойства сохранятся в скачанном файле.',
    many: 'Открыт файл {name}: {count} объектов без геометрии, так что на карте показывать нечего; их свойства сохранятся в скачанном файле.',
    other:
      'Открыт файл {name}: {count} объекта без геометрии, так что на карте показывать нечего; их свойства сохранятся в скачанном файле.',
  },
  'open.openedNoGeometryLeftOut': {
    one: 'Открыт файл {name}: {count} объект без геометрии, так что на карте показывать нечего; их свойства сохранятся в скачанном файле; не включено: {dropped} (см. список проблем).',
    few: 'Открыт файл {name}: {count} объекта без геометрии, так что на карте показывать нечего; их свойства сохранятся в скачанном файле; не включено: {dropped} (см. список проблем).',
    many: 'Открыт файл {name}: {count} объектов без геометрии, так что на карте показывать нечего; их свойства сохранятся в скачанном файле; не включено: {dropped} (см. список проблем).',
    other:
      'Открыт файл {name}: {count} объекта без геометрии, так что на карте показывать нечего; их свойства сохранятся в скачанном файле; не включено: {dropped} (см. список проблем).',
  },
  'open.articleAsFeatures': 'Файл называет статью, но показан как обычные объекты: {reason}',
  'open.articleProblem': '{problem}',
  'open.articleNotText': '«article_text» в файле — не текст; текст статьи не показан.',
  'open.articleTextMismatch':
    'Текст статьи в файле содержит не все цитаты дословно ({places}); текст не показан, цитаты остаются во всплывающих окнах.',
  'open.articleClaimsLeftOut': {
    one: 'Линии притязаний из файла, которые нельзя использовать (нужны название, классы и источник): {count}; пропущены.',
    few: 'Линии притязаний из файла, которые нельзя использовать (нужны название, классы и источник): {count}; пропущены.',
    many: 'Линии притязаний из файла, которые нельзя использовать (нужны название, классы и источник): {count}; пропущены.',
    other:
      'Линии притязаний из файла, которые нельзя использовать (нужны название, классы и источник): {count}; пропущены.',
  },
  'open.cancelled': 'Открытие файла {name} остановлено; карта не изменилась.',
  'open.refused': 'Не удалось открыть {name}; карта не изменилась.',
  'open.failed': 'Не удалось открыть {name}: {reason}. Карта не изменилась.',
  'open.loadFailed': 'Не удалось загрузить {name}: {reason}. Карта не изменилась.',
  'open.dropped': {
    one: 'Перетащен {count} файл; открывается только первый, {name}: по одному файлу за раз.',
    few: 'Перетащено {count} файла; открывается только первый, {name}: по одному файлу за раз.',
    many: 'Перетащено {count} файлов; открывается только первый, {name}: по одному файлу за раз.',
    other: 'Перетащено {count} файла; открывается только первый, {name}: по одному файлу за раз.',
  },
  'open.noLongerOpen':
    'Файл {name} в этой вкладке больше не открыт: выберите его снова кнопкой «{button}».',
  'open.readerStopped':
    'чтение файла прервалось, скорее всего из-за нехватки памяти; файл поменьше или упрощённый может открыться',
  'open.httpStatus': 'сервер ответил HTTP {status}',
  'open.overLimit': 'размер больше {limit}',
  'open.tooLargeSize': 'его размер — {size}, больше {limit}',
  'open.tooLargeUnknown': 'его размер больше {limit} (на этом чтение остановлено)',
  'open.tooLarge':
    '{how}, а это наибольший размер, который открывает эта страница. Чтобы открыть файл здесь, упростите его (например, mapshaper -simplify), разделите на файлы поменьше или опубликуйте как векторные тайлы (например, сделанные в tippecanoe)',
  'open.tooLargeOnDevice':
    '{how}, а это наибольший размер, который эта страница открывает на устройстве с {memory} ГБ памяти. Чтобы открыть файл здесь, упростите его (например, mapshaper -simplify), разделите на файлы поменьше или опубликуйте как векторные тайлы (например, сделанные в tippecanoe)',
  'load.timeout': 'сервер не ответил за {seconds} с',
  'load.stoppedSending': 'сервер перестал передавать данные: {reason}',
  'load.idle': 'данные не поступали {seconds} с',
  'load.cancelled': 'открытие отменено',
  'load.redirectLoop':
    'сервер перенаправляет запрос, но перенаправления не заканчиваются (петля) или ведут туда, где сервера нет',
  'load.redirectCors':
    'сервер перенаправляет туда, где другим сайтам не разрешено читать файл (CORS)',
  'load.noServer':
    'по этому адресу не ответил ни один сервер (он не работает, адрес или порт указан неверно, нет сети или перенаправления не заканчиваются)',
  'load.cors':
    'сервер ответил, но не разрешает другим сайтам читать файл (он не отправляет заголовок Access-Control-Allow-Origin: CORS)',
  'load.notAddress': 'это не веб-адрес',
  'load.protocol': 'загружать можно только адреса http и https, а не {protocol}',
  'load.credentials':
    'в адресе есть имя пользователя или пароль, а браузеры не передают их из ссылки; уберите их или скачайте файл и откройте его',
  'load.badPort':
    'браузеры не подключаются к порту {port}: он отведён для служб другого рода; разместите файл на другом порту',
  'load.mixedContent':
    'эта страница открыта по https, и браузеры не загружают с неё адреса http (смешанное содержимое); укажите адрес файла с https',
  'problems.inFeature': '{feature}: {message}',
  'problems.featureWithId': 'Объект {n} (id {id})',
  'problems.theFeature': 'Объект',
  'problems.theFeatureWithId': 'Объект (id {id})',
  'problems.theGeometry': 'Геометрия',
  'problems.andMore': '{message} (и ещё {count})',
  'problems.exactBytes': {
    one: '{count} байт',
    few: '{count} байта',
    many: '{count} байт',
    other: '{count} байта',
  },
  'problems.uncheckable': 'Файл не удалось проверить: {reason}',
  'problems.noText': 'Проверять нечего: текст не передан',
  'problems.overflow':
    'число {token} в {path} слишком велико и читается как Infinity; при скачивании оно записывается как null',
  'problems.membersTooBig':
    'собственные поля коллекции, помимо объектов, занимают {size} текста — слишком много для проверки; они сохранены без проверки',
  'problems.featureUncheckable': 'не удалось проверить ({reason})',
  'problems.expectedFeature': 'ожидался объект Feature, а найдено: {found}',
  'problems.typeNotFeature': '"type" равен "{type}", а у объекта должно быть "Feature"',
  'problems.expectedTypeFeature': 'ожидалось "type": "Feature"',
  'problems.featureTooBig':
    '{size} текста — больше {limit}, допустимых для проверки одного объекта; сначала упростите его (например, в mapshaper)',
  'problems.crs':
    'поле "crs" устарело (RFC 7946 §4 его упразднил); координаты читаются как долгота и широта WGS 84, что бы в нём ни было указано',
  'problems.arrayOfFeatures': {
    one: 'Это JSON-массив из {count} объекта, а не GeoJSON: GeoJSON хранит объекты в FeatureCollection, {example}',
    few: 'Это JSON-массив из {count} объектов, а не GeoJSON: GeoJSON хранит объекты в FeatureCollection, {example}',
    many: 'Это JSON-массив из {count} объектов, а не GeoJSON: GeoJSON хранит объекты в FeatureCollection, {example}',
    other:
      'Это JSON-массив из {count} объекта, а не GeoJSON: GeoJSON хранит объекты в FeatureCollection, {example}',
  },
  'problems.expectedRoot':
    'файл GeoJSON содержит один объект, у которого "type" — "FeatureCollection", "Feature" или тип геометрии',
  'problems.jsonArray': 'Это JSON-массив, а не GeoJSON: {expected}',
  'problems.jsonScalar': 'Это JSON, но в нём только {kind}, а не GeoJSON: {expected}',
  'problems.noType': 'Это JSON, но не GeoJSON: у объекта верхнего уровня нет поля "type"',
  'problems.noTypeCollection':
    'Это JSON, но не GeoJSON: у объекта верхнего уровня нет поля "type" (для FeatureCollection нужно "type": "FeatureCollection")',
  'problems.typeNotString':
    'Поле "type" верхнего уровня должно быть строкой, например "FeatureCollection", а не: {found}',
  'problems.typeCase':
    'Тип "{type}" нужно писать как "{meant}": в типах GeoJSON регистр букв важен',
  'problems.unknownType': 'Это JSON, но не GeoJSON: "{type}" — не тип GeoJSON ({types})',
  'problems.notUtf8':
    'Файл не в кодировке UTF-8 (байт 0x{byte} здесь недопустим в UTF-8), поэтому он прочитан как Windows-1252 (Latin-1); если буквы с диакритикой выглядят неправильно, сохраните файл в UTF-8 и откройте снова',
  'problems.utf16':
    'Файл в кодировке {encoding} (он начинается с её метки порядка байтов), а не в UTF-8, как положено GeoJSON; он прочитан как {encoding}',
  'value.null': 'null',
  'value.array': 'массив',
  'value.object': 'объект',
  'value.string': 'строка',
  'value.number': 'число',
  'value.boolean': 'логическое значение',
  'value.singleString': 'одна строка',
  'value.singleNumber': 'одно число',
  'value.singleBoolean': 'одно логическое значение',
  'json.trailingCommaArray': "после запятой перед ']' ничего нет (лишняя запятая)",
  'json.trailingCommaObject': "после запятой перед '}' ничего нет (лишняя запятая)",
  'json.expectedName': 'ожидалось имя поля в двойных кавычках, а найдено: {found}',
  'json.expectedColon': "после имени поля ожидалось ':', а найдено: {found}",
  'json.afterEnd': 'после конца значения JSON найдено: {found}',
  'json.expectedCommaObject': "после значения поля ожидалось ',' или '}', а найдено: {found}",
  'json.expectedCommaArray': "после элемента массива ожидалось ',' или ']', а найдено: {found}",
  'json.stringNotClosed': 'строка не закрыта (нет закрывающей ")',
  'json.unknownEscape': 'в строке неизвестная escape-последовательность \\{escape}',
  'json.controlInString':
    'в строке есть неэкранированный перевод строки, табуляция или другой управляющий символ',
  'json.leadingZero': 'число начинается с 0 (ведущие нули)',
  'json.minus': "после '-' нет цифры",
  'json.decimalPoint': 'после десятичной точки нет цифры',
  'json.exponent': 'после показателя степени (e) нет цифр',
  'json.expectedValue': 'ожидалось значение, а найдено: {found}',
  'json.noValue': 'в файле нет значения JSON',
  'json.unclosed': {
    one: 'файл заканчивается раньше, чем JSON (не закрыта {count} скобка)',
    few: 'файл заканчивается раньше, чем JSON (не закрыты {count} скобки)',
    many: 'файл заканчивается раньше, чем JSON (не закрыто {count} скобок)',
    other: 'файл заканчивается раньше, чем JSON (не закрыто {count} скобки)',
  },
  'json.endOfFile': 'конец файла',
  'json.controlChar': 'управляющий символ U+{code}',
  'json.byteOrderMark': 'метка порядка байтов (U+FEFF)',
  'json.spaceChar': 'пробельный символ U+{code}',
  'check.duplicateAmbiguous':
    'поле "{name}" встречается несколько раз, поэтому его значение неоднозначно',
  'check.duplicate': 'поле "{name}" встречается несколько раз; используется последнее',
  'check.positionExtra': {
    one: 'в позиции {count} число; используются только долгота, широта и высота (RFC 7946 §3.1.1)',
    few: 'в позиции {count} числа; используются только долгота, широта и высота (RFC 7946 §3.1.1)',
    many: 'в позиции {count} чисел; используются только долгота, широта и высота (RFC 7946 §3.1.1)',
    other:
      'в позиции {count} числа; используются только долгота, широта и высота (RFC 7946 §3.1.1)',
  },
  'check.positionShort': {
    one: 'в позиции {count} число, а нужны долгота и широта',
    few: 'в позиции {count} числа, а нужны долгота и широта',
    many: 'в позиции {count} чисел, а нужны долгота и широта',
    other: 'в позиции {count} числа, а нужны долгота и широта',
  },
  'check.positionNotNumber': 'в позиции есть что-то помимо чисел',
  'check.bboxNotNumber': 'в "bbox" есть что-то помимо чисел',
  'check.bboxLength': 'в "bbox" должно быть 4 или 6 чисел',
  'check.featureHere':
    '{type} не может стоять здесь: GeometryCollection содержит геометрии, а FeatureCollection — объекты Feature',
  'check.notGeometryType': '"{type}" — не тип геометрии',
  'check.notAllowed': '"{type}" здесь не допускается',
  'check.memberMissing': 'нет поля "{name}"',
  'check.propertiesMissing':
    'нет поля "properties" (если свойств нет, напишите "properties": null)',
  'check.typeMissing': 'нет поля "type"',
  'check.typeNotString': 'поле "type" должно быть строкой',
  'check.idType': '"id" должен быть строкой или числом',
  'check.propertiesType': '"properties" должно быть объектом или null',
  'check.forbiddenMember': 'у {kind} не должно быть поля "{name}" (RFC 7946 §7.1)',
  'check.expectedArray': 'здесь должен быть массив',
  'check.expectedObject': 'здесь должен быть объект',
  'check.expectedGeometry': 'здесь должен быть объект геометрии',
  'check.expectedPositions': 'здесь должен быть массив позиций',
  'check.numberForPosition':
    'на месте позиции ([долгота, широта]) стоит число: координатам нужен ещё один уровень [ ]',
  'check.expectedPosition': 'здесь должна быть позиция ([долгота, широта])',
  'check.lineShort': 'для линии нужны две позиции или больше',
  'check.ringShort': 'для кольца полигона нужны четыре позиции или больше',
  'check.ringOpen': 'кольцо полигона не замкнуто: первая и последняя позиции различаются',
  'check.other': '{message}',
  'axis.longitude': 'долгота',
  'axis.latitude': 'широта',
  'axis.altitude': 'высота',
  'axis.coordinate': 'координата',
  'check.notFinite': '{axis} {value} — не конечное число',
  'check.latitudeRange': 'широта {value} вне диапазона −90…90',
  'check.longitudeRange': 'долгота {value} вне диапазона −180…180',
  'check.longitude360':
    '{message}; может быть, долготы заданы в диапазоне 0…360? В GeoJSON нужен −180…180',
  'check.antimeridian':
    'долготы выходят за ±180 через антимеридиан (до {furthest}); RFC 7946 §3.1.9 просит разрезать такие фигуры по 180°, но фигура сохранена целой, как её рисуют карты',
  'check.precision':
    'в координатах больше {max} знаков после запятой (например, {value}); {max} знаков — это около 10 см, больше лишь увеличивает файл',
  'check.outerClockwise': 'внешнее кольцо идёт по часовой стрелке',
  'check.holeCounter': 'отверстие идёт против часовой стрелки',
  'check.moreRings': {
    one: '{which} (и ещё {count} кольцо)',
    few: '{which} (и ещё {count} кольца)',
    many: '{which} (и ещё {count} колец)',
    other: '{which} (и ещё {count} кольца)',
  },
  'check.winding':
    '{which}; RFC 7946 §3.1.6 просит, чтобы внешние кольца шли против часовой стрелки, а отверстия — по часовой (правило правой руки); нарисовано как есть',
  'check.nestedCollection':
    'одна GeometryCollection вложена в другую; RFC 7946 §3.1.8 просит избегать такой вложенности',
  'check.singleCollection':
    'в GeometryCollection всего одна геометрия; RFC 7946 §3.1.8 советует использовать саму эту геометрию',
};
