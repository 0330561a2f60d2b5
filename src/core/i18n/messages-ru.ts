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
  'page.sidebar': 'Места и статья',
  'page.skipToTable': 'Перейти к таблице мест',

  'toolbar.label': 'Панель инструментов',
  'toolbar.copyLink': 'Скопировать ссылку',
  'toolbar.embed': 'Встроить',
  'toolbar.downloadGeoJson': 'Скачать GeoJSON',
  'toolbar.openGeoJson': 'Открыть GeoJSON',
  'toolbar.downloadImage': 'Скачать изображение',
  'toolbar.downloadPng': 'PNG',
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
  'open.loading': 'Загрузка {name}…',
  'open.reading': 'Чтение {name}…',
  'open.checking': {
    one: 'Проверка {name}: {done} из {count} объекта…',
    few: 'Проверка {name}: {done} из {count} объектов…',
    many: 'Проверка {name}: {done} из {count} объектов…',
    other: 'Проверка {name}: {done} из {count} объекта…',
  },
  'open.progress': 'Прочитано {bytes}, объектов: {features}',
  'open.opened': {
    one: 'Файл {name} открыт: {count} объект.',
    few: 'Файл {name} открыт: {count} объекта.',
    many: 'Файл {name} открыт: {count} объектов.',
    other: 'Файл {name} открыт: {count} объекта.',
  },
  'open.openedSomeLeftOut': {
    one: 'Файл {name} открыт: {count} объект; пропущено: {dropped} (см. ниже).',
    few: 'Файл {name} открыт: {count} объекта; пропущено: {dropped} (см. ниже).',
    many: 'Файл {name} открыт: {count} объектов; пропущено: {dropped} (см. ниже).',
    other: 'Файл {name} открыт: {count} объекта; пропущено: {dropped} (см. ниже).',
  },
  'open.refused': 'Не удалось открыть {name}; карта не изменилась.',
  'open.failed': 'Не удалось открыть {name}: {reason}',
  'open.tooBig':
    'Не удалось открыть {name}: размер {size} превышает предел {limit}. Карта не изменилась.',
  'open.loadFailed': 'Не удалось загрузить {name}: {reason}. Карта не изменилась.',
  'open.httpStatus': 'сервер ответил HTTP {status}',
  'open.overLimit': 'размер превышает предел {limit}',
  'open.networkOrCors':
    'запрос не выполнен: нет сети или сервер не разрешает другим сайтам читать файл (CORS)',
  'open.readerStopped': 'Чтение файла прервалось.',
  'open.cancelled': 'Открытие {name} отменено; карта не изменилась.',

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
  'problems.notJson': 'Не удалось загрузить {what}: это не корректный JSON.',
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
  'problems.invalidJson': 'Это не корректный JSON: {reason}',
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
};
