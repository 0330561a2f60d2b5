/**
 * The interface table `ja`, in a news site's register: nouns for controls, です・ます for
 * sentences, full-width punctuation. The language has one plural form (`other`). No message
 * uses either side's term for a disputed place; "administered by" is 管轄 (not 実効支配,
 * which carries a position), "claimed by" is 領有権を主張. Positions are spelled out
 * ("8か所中3か所目"): speech reads "3/8" as a date or a fraction.
 */
import type { Messages } from './messages-en';

export const ja: Messages = {
  'page.loading': '記事を読み込んでいます…',
  'page.description':
    'ニュース記事に登場する地名を地図上に示し、それぞれについての記事の記述をそのまま引用します。',
  'page.title': '{article} — article-map',
  'page.titleWithPlace': '{place} — {article} — article-map',
  'home.title': 'article-map：ニュースに出てくる場所を地図で',
  'home.description': {
    other:
      'ニュース記事{count}本に出てくる場所の地図。各記事がそれぞれの場所について述べていることをそのまま引用し、係争地については各当事者の呼び名を示します。',
  },
  'page.sidebar': '地名と記事',
  'page.skipToTable': '地名一覧表へ移動',

  'toolbar.label': '閲覧ツール',
  'toolbar.copyLink': 'リンクをコピー',
  'toolbar.embed': '埋め込み',
  'toolbar.downloadGeoJson': 'GeoJSONをダウンロード',
  'toolbar.openGeoJson': 'GeoJSONを開く',
  'toolbar.downloadImage': '画像をダウンロード',
  'toolbar.downloadSvg': 'SVG',
  'toolbar.fullscreen': '全画面表示',
  'toolbar.exitFullscreen': '全画面表示を終了',
  'toolbar.cancel': 'キャンセル',

  'language.label': '言語',
  'language.name': '日本語',

  'names.label': '呼称',
  'names.all': '併記',
  'names.allSides': 'すべての呼称',
  'names.party': '{party}の呼称',

  'tour.label': '地名を順にたどる',
  'tour.previous': '‹ 前へ',
  'tour.next': '次へ ›',
  'tour.count': { other: '順にたどる：全{count}か所' },
  'tour.position': '{total}か所中{n}か所目',

  'share.linkLabel': 'この地図へのリンク',
  'share.embedCodeLabel': '埋め込みコード',
  'share.copyEmbedCode': '埋め込みコードをコピー',
  'share.embedHint': 'このコードをウェブページに貼り付けると、地図を現在の表示のまま掲載できます：',
  'share.linkCopied': 'リンクをコピーしました。',
  'share.copyLinkByHand': '選択したリンクをコピーしてください（Ctrl+C または ⌘C）。',
  'share.codeCopied': '埋め込みコードをコピーしました。',
  'share.copyCodeByHand': '選択したコードをコピーしてください（Ctrl+C または ⌘C）。',
  'share.embedTitle': '地図：{article}',
  'share.openFullMap': '拡大地図を表示',

  'map.label': '地図',
  'map.zoomIn': '拡大',
  'map.zoomOut': '縮小',
  'map.layers': 'レイヤー',
  'map.closePopup': '閉じる',
  'map.basemapBuiltIn': 'Natural Earth（内蔵・オフライン）',
  'map.basemapOsm': 'OpenStreetMap（オンライン）',
  'map.attributionLand': '陸地：{source}',
  'map.attributionOsm': '© {osm} 貢献者',
  'map.cluster': { other: '{count}地点：拡大して表示' },
  'map.ctrlScroll': '地図を拡大・縮小するには、Ctrl キーを押しながらスクロールしてください',
  'map.cmdScroll': '地図を拡大・縮小するには、⌘ キーを押しながらスクロールしてください',
  'map.twoFingers': '地図を動かすには、2本の指で操作してください',

  'map.scaleBar': '縮尺：{metric}、{imperial}',
  'describe.places': { other: '記事に登場する{count}か所の地図です。' },
  'describe.kinds': '内訳：{kinds}。',
  'describe.disputed': '{place}：管轄は{administrator}、領有権を主張しているのは{claimants}。',
  'describe.noDispute': '係争地はありません。',
  'describe.naming': '呼称：{view}。',
  'describe.openPlace': '表示中：{place}。',

  'live.placeOpened': '{label}、{kind}、{total}か所中{n}か所目',

  'kind.city': '都市',
  'kind.island': '島',
  'kind.islandGroup': '諸島',
  'kind.region': '地域',
  'kind.sea': '海',
  'kind.country': '国',
  'kindCount.city': { other: '{count}都市' },
  'kindCount.island': { other: '{count}島' },
  'kindCount.islandGroup': { other: '{count}つの諸島' },
  'kindCount.region': { other: '{count}地域' },
  'kindCount.sea': { other: '{count}つの海' },
  'kindCount.country': { other: '{count}か国' },
  'kindTitle.city': '都市',
  'kindTitle.island': '島',
  'kindTitle.islandGroup': '諸島',
  'kindTitle.region': '地域',
  'kindTitle.sea': '海',
  'kindTitle.country': '国',

  'places.heading': '地名',
  'places.more': { other: 'ほか{count}件' },
  'legend.label': '凡例',
  'legend.disputed': '係争地：各当事者の呼称を併記',
  'legend.claimLine': '主張線',
  'borders.allSides': '境界：各当事者の主張を破線とラベルで表示（Natural Earthの係争境界）。',
  'borders.noView':
    '境界：{party}についてNatural Earthの視点データはありません。主張は破線で表示。',
  'borders.party': '境界：{party}の見解による表示（Natural Earthの視点 {pov}）。',
  'table.heading': '地名一覧表',
  'table.caption': '地図上のすべての地名：呼称、状況、記事での最初の言及',
  'table.name': '名称',
  'table.kind': '種類',
  'table.nameIn': '{language}での名称',
  'table.status': '状況',
  'table.firstPassage': '最初の言及',
  'table.showOnMap': '地図で見る',
  'table.undisputed': '係争なし',
  'table.disputed': '管轄：{administrator}／領有権を主張：{claimants}',

  'popup.names': '呼称',
  'popup.ownScript': '現地表記',
  'popup.inEnglish': '英語表記',
  'popup.administeredBy': '管轄',
  'popup.claimedBy': '領有権を主張',
  'popup.inArticle': '記事中の記述',
  'popup.paragraph': '第{n}段落',
  'popup.paragraphInArticle': '記事の第{n}段落',
  'popup.downloadPlace': 'この地点をダウンロード',
  'popup.source': '出典：{title}、{source}、{date}。',
  'popup.none': '—',

  'generic.noProperties': '属性なし',
  'generic.properties': '属性',
  'generic.passages': '引用',
  'generic.feature': '地物{n}',

  'article.heading': '記事',
  'article.byline': '{source}、{date}',
  'article.meta': '{source}、{date}。地名はボタンです。選ぶと地図上に表示されます。',
  'article.note': '注：{note}',
  'article.noText': '{source}、{date}。このファイルには記事の本文が含まれていません。',
  'article.noTextAt':
    '{source}、{date}。このファイルには記事の本文が含まれていません。本文は出典で読めます。',

  'open.heading': '開いたファイル',
  'open.progressLabel': 'ファイルを開く進行状況',
  'open.backToArticle': '記事に戻る',

  'problems.more': { other: '…ほか{count}件の問題。' },
  'problems.atLine': '{line}行目：{message}',
  'problems.atLineColumn': '{line}行{column}列目：{message}',
  'problems.warning': '警告：{message}',
  'problems.couldNotLoad': '{what}を読み込めませんでした：ネットワーク要求に失敗しました。',
  'problems.httpStatus': '{what}を読み込めませんでした：HTTP {status}。',
  'problems.notJson': '{what}を読み込めませんでした：有効なJSONではありません。',
  'problems.whatPlaces': '地名データ',
  'problems.whatArticle': '記事本文',
  'problems.whatBasemap': '背景地図',
  'problems.exportFailed': '書き出せませんでした：{reason}',
  'problems.startFailed': '地図を起動できませんでした：{reason}',
  'problems.fileEmpty': 'ファイルが空です',
  'problems.fileTooBig': 'ファイルのサイズが{size}で、開ける上限の{limit}を超えています',
  'problems.tooDeep':
    '配列とオブジェクトの入れ子が{depth}階層を超えています。GeoJSONに必要な深さをはるかに超えるため、これ以上読み込みませんでした',
  'problems.notAnyJson': 'GeoJSONでもJSONでもありません：先頭は{start}です',
  'problems.invalidJson': '有効なJSONではありません：{reason}',
  'problems.kml':
    'これはKMLで、GeoJSONではありません：先にGeoJSONに変換してください（@tmcw/togeojson や ogr2ogr など）',
  'problems.gpx':
    'これはGPXで、GeoJSONではありません：先にGeoJSONに変換してください（@tmcw/togeojson や ogr2ogr など）',
  'problems.html':
    'これはウェブページ（HTML）で、GeoJSONではありません：ページを保存したか、リンク先がデータファイルではなくページだった可能性があります',
  'problems.xml':
    'これはXML（ルート要素 <{element}>）で、GeoJSONではありません：地図データを含む場合は先に変換してください（ogr2ogr など）',
  'problems.csv':
    'CSV（1行目が「{header}」の表）のようで、GeoJSONではありません：先に変換してください（csv2geojson や ogr2ogr など）',
  'problems.topojson':
    'これはTopoJSONで、GeoJSONではありません：先に変換してください（topojson-client の topo2geo など）',
  'problems.featuresMissing': '"features" メンバーがありません',
  'problems.featuresNotArray': '"features" メンバーは配列でなければなりません',
  'problems.noFeatures': 'コレクションに地物がありません',

  // Opening files, and what checking them finds (phrases from core/geojson and the worker)
  'open.reading': '{name}を読み込んでいます…',
  'open.readingBytes': '{name}を読み込んでいます：{done}…',
  'open.readingBytesOf': '{name}を読み込んでいます：{total}中{done}…',
  'open.readingChecked': { other: '{name}を読み込んでいます：{done}、{count}件検査済み…' },
  'open.readingOfChecked': {
    other: '{name}を読み込んでいます：{total}中{done}、{count}件検査済み…',
  },
  'open.checking': { other: '{name}を検査しています：{count}件中{done}件…' },
  'open.checkingAll': '{name}を検査しています…',
  'open.opened': { other: '{name}を開きました：地物{count}件。' },
  'open.openedUnlocated': {
    other:
      '{name}を開きました：地物{count}件（うちジオメトリのない{unlocated}件は描画していません）。',
  },
  'open.openedLeftOut': {
    other: '{name}を開きました：地物{count}件、除外{dropped}件（問題の一覧を参照）。',
  },
  'open.openedUnlocatedLeftOut': {
    other:
      '{name}を開きました：地物{count}件（うちジオメトリのない{unlocated}件は描画していません）、除外{dropped}件（問題の一覧を参照）。',
  },
  'open.openedNoGeometry': {
    other:
      '{name}を開きました：地物{count}件。いずれもジオメトリがないため、地図に描くものはありません。属性はダウンロードに含まれます。',
  },
  'open.openedNoGeometryLeftOut': {
    other:
      '{name}を開きました：地物{count}件、除外{dropped}件（問題の一覧を参照）。いずれもジオメトリがないため、地図に描くものはありません。属性はダウンロードに含まれます。',
  },
  'open.articleAsFeatures': 'ファイルは記事を示していますが、通常の地物として表示します：{reason}',
  'open.articleProblem': '{problem}',
  'open.articleNotText':
    'ファイルの「article_text」がテキストではないため、記事の本文は表示しません。',
  'open.articleTextMismatch':
    'ファイル内の記事本文に、引用がそのままの形ですべて含まれていません（{places}）。本文は表示せず、引用はポップアップに残します。',
  'open.articleClaimsLeftOut': {
    other:
      'ファイルの主張線のうち{count}本は使えないため（名称・分類・出典が必要）、除外しました。',
  },
  'open.cancelled': '{name}を開くのを中止しました。地図は変わっていません。',
  'open.refused': '{name}を開けませんでした。地図は変わっていません。',
  'open.failed': '{name}を開けませんでした：{reason}。地図は変わっていません。',
  'open.loadFailed': '{name}を読み込めませんでした：{reason}。地図は変わっていません。',
  'open.dropped': {
    other:
      '{count}個のファイルがドロップされました。開くのは最初の{name}だけです（一度に1ファイル）。',
  },
  'open.noLongerOpen':
    '{name}はこのタブではもう開かれていません。「{button}」でもう一度選んでください。',
  'open.readerStopped':
    'ファイルの読み取りが止まりました。メモリ不足の可能性が高く、小さいファイルや簡略化したファイルなら開ける場合があります',
  'open.httpStatus': 'サーバーの応答は HTTP {status} でした',
  'open.overLimit': '{limit}を超えています',
  'open.tooLargeSize': 'サイズが{size}で、{limit}を超えています',
  'open.tooLargeUnknown': '{limit}を超えています（そこで読み込みを止めました）',
  'open.tooLarge':
    '{how}。これがこのページで開ける上限です。ここで開くには、簡略化する（例：mapshaper -simplify）、小さいファイルに分ける、またはベクトルタイルとして配信する（例：tippecanoeで作成）といった方法があります',
  'open.tooLargeOnDevice':
    '{how}。これはメモリ{memory} GBの端末でこのページが開ける上限です。ここで開くには、簡略化する（例：mapshaper -simplify）、小さいファイルに分ける、またはベクトルタイルとして配信する（例：tippecanoeで作成）といった方法があります',
  'load.timeout': 'サーバーが{seconds}秒以内に応答しませんでした',
  'load.stoppedSending': 'サーバーからの送信が止まりました：{reason}',
  'load.idle': '{seconds}秒間データが届きませんでした',
  'load.cancelled': '開く操作は中止されました',
  'load.redirectLoop':
    'サーバーがリダイレクトしていますが、リダイレクトが終わらないか（リダイレクトループ）、応答するサーバーに行き着きません',
  'load.redirectCors':
    'サーバーのリダイレクト先が、他のサイトからのファイルの読み取りを許可していません（CORS）',
  'load.noServer':
    'そのアドレスではどのサーバーも応答しませんでした（サーバーの停止、アドレスやポートの誤り、ネットワークの切断、または終わらないリダイレクト）',
  'load.cors':
    'サーバーは応答しましたが、他のサイトからのファイルの読み取りを許可していません（Access-Control-Allow-Origin ヘッダーがありません：CORS）',
  'load.notAddress': 'ウェブアドレスではありません',
  'load.protocol': '読み込めるのは http と https のアドレスだけで、{protocol} は読み込めません',
  'load.credentials':
    'アドレスにユーザー名かパスワードが含まれていますが、ブラウザーはリンクからそれを送りません。取り除くか、ファイルをダウンロードして開いてください',
  'load.badPort':
    'ブラウザーはポート{port}には接続しません（別の種類のサービス用のポートです）。別のポートでファイルを配信してください',
  'load.mixedContent':
    'このページは https で、ブラウザーはそこから http のアドレスを読み込みません（混在コンテンツ）。ファイルの https のアドレスを使ってください',
  'problems.inFeature': '{feature}：{message}',
  'problems.featureWithId': '地物{n}（id {id}）',
  'problems.theFeature': 'この地物',
  'problems.theFeatureWithId': 'この地物（id {id}）',
  'problems.theGeometry': 'このジオメトリ',
  'problems.andMore': '{message}（ほか{count}件）',
  'problems.exactBytes': { other: '{count}バイト' },
  'problems.uncheckable': 'ファイルを検査できませんでした：{reason}',
  'problems.noText': '検査するものがありません：テキストが渡されていません',
  'problems.overflow':
    '{path}の数値{token}は大きすぎてInfinityとして読まれます。ダウンロードではnullとして書き出します',
  'problems.membersTooBig':
    'コレクション自体のメンバーが地物以外に{size}あり、検査するには大きすぎます。検査せずに残しています',
  'problems.featureUncheckable': '検査できませんでした（{reason}）',
  'problems.expectedFeature': 'Featureオブジェクトが必要ですが、{found}です',
  'problems.typeNotFeature': '"type" が "{type}" ですが、地物には "Feature" が必要です',
  'problems.expectedTypeFeature': '"type": "Feature" が必要です',
  'problems.featureTooBig':
    'テキストが{size}あり、1つの地物として検査できる上限の{limit}を超えています。先に簡略化してください（例：mapshaper）',
  'problems.crs':
    '"crs" メンバーは廃止されています（RFC 7946 §4）。内容にかかわらず、座標はWGS 84の経度・緯度として読みます',
  'problems.arrayOfFeatures': {
    other:
      'これは地物{count}件のJSON配列で、GeoJSONではありません：GeoJSONでは地物をFeatureCollectionにまとめます。{example}',
  },
  'problems.expectedRoot':
    'GeoJSONファイルには、"type" が "FeatureCollection"、"Feature"、またはジオメトリ型のオブジェクトが1つ入ります',
  'problems.jsonArray': 'これはJSON配列で、GeoJSONではありません：{expected}',
  'problems.jsonScalar': 'JSONですが、{kind}だけでGeoJSONではありません：{expected}',
  'problems.noType':
    'JSONですが、GeoJSONではありません：最上位のオブジェクトに "type" メンバーがありません',
  'problems.noTypeCollection':
    'JSONですが、GeoJSONではありません：最上位のオブジェクトに "type" メンバーがありません（FeatureCollectionには "type": "FeatureCollection" が必要です）',
  'problems.typeNotString':
    '最上位の "type" メンバーは "FeatureCollection" などの文字列でなければなりません（値：{found}）',
  'problems.typeCase':
    '型 "{type}" は "{meant}" と書く必要があります。GeoJSONの型は大文字と小文字を区別します',
  'problems.unknownType':
    'JSONですが、GeoJSONではありません："{type}" はGeoJSONの型ではありません（{types}）',
  'problems.notUtf8':
    'ファイルがUTF-8ではありません（ここのバイト0x{byte}はUTF-8として無効です）。そのためWindows-1252（Latin-1）として読みました。アクセント付きの文字がおかしい場合は、UTF-8で保存してから開き直してください',
  'problems.utf16':
    'ファイルは{encoding}です（そのバイト順マークで始まっています）。GeoJSONに求められるUTF-8ではありませんが、{encoding}として読みました',
  'value.null': 'null',
  'value.array': '配列',
  'value.object': 'オブジェクト',
  'value.string': '文字列',
  'value.number': '数値',
  'value.boolean': '真偽値',
  'value.singleString': '1つの文字列',
  'value.singleNumber': '1つの数値',
  'value.singleBoolean': '1つの真偽値',
  'json.trailingCommaArray': "']' の前のカンマの後に何もありません（末尾のカンマ）",
  'json.trailingCommaObject': "'}' の前のカンマの後に何もありません（末尾のカンマ）",
  'json.expectedName': '二重引用符で囲んだメンバー名が必要ですが、{found}があります',
  'json.expectedColon': "メンバー名の後に ':' が必要ですが、{found}があります",
  'json.afterEnd': 'JSONの値の終わりの後に{found}があります',
  'json.expectedCommaObject': "メンバーの値の後に ',' か '}' が必要ですが、{found}があります",
  'json.expectedCommaArray': "配列の要素の後に ',' か ']' が必要ですが、{found}があります",
  'json.stringNotClosed': '文字列が閉じていません（終わりの " がありません）',
  'json.unknownEscape': '文字列に不明なエスケープ \\{escape} があります',
  'json.controlInString': '文字列にエスケープされていない改行、タブ、その他の制御文字があります',
  'json.leadingZero': '数値が0で始まっています（先頭のゼロ）',
  'json.minus': "'-' の後に数字がありません",
  'json.decimalPoint': '小数点の後に数字がありません',
  'json.exponent': '指数（e）の後に数字がありません',
  'json.expectedValue': '値が必要ですが、{found}があります',
  'json.noValue': 'ファイルにJSONの値がありません',
  'json.unclosed': {
    other: 'JSONが完結する前にファイルが終わっています（閉じていない括弧が{count}個）',
  },
  'json.endOfFile': 'ファイルの終わり',
  'json.controlChar': '制御文字 U+{code}',
  'json.byteOrderMark': 'バイト順マーク（U+FEFF）',
  'json.spaceChar': '空白文字 U+{code}',
  'check.duplicateAmbiguous': 'メンバー "{name}" が複数回現れるため、意味があいまいです',
  'check.duplicate': 'メンバー "{name}" が複数回現れます。最後のものを使います',
  'check.positionExtra': {
    other: '位置に数値が{count}個あります。使うのは経度・緯度・高度だけです（RFC 7946 §3.1.1）',
  },
  'check.positionShort': { other: '位置の数値が{count}個しかありません。経度と緯度が必要です' },
  'check.positionNotNumber': '位置に数値以外のものがあります',
  'check.bboxNotNumber': '"bbox" に数値以外のものがあります',
  'check.bboxLength': '"bbox" には4個か6個の数値が必要です',
  'check.featureHere':
    'ここに{type}は置けません。GeometryCollectionにはジオメトリを、FeatureCollectionにはFeatureを入れます',
  'check.notGeometryType': '"{type}" はジオメトリ型ではありません',
  'check.notAllowed': 'ここに "{type}" は使えません',
  'check.memberMissing': '"{name}" メンバーがありません',
  'check.propertiesMissing':
    '"properties" メンバーがありません（ない場合は "properties": null と書きます）',
  'check.typeMissing': '"type" メンバーがありません',
  'check.typeNotString': '"type" メンバーは文字列でなければなりません',
  'check.idType': '"id" は文字列か数値でなければなりません',
  'check.propertiesType': '"properties" はオブジェクトかnullでなければなりません',
  'check.forbiddenMember': '{kind}に "{name}" メンバーがあってはなりません（RFC 7946 §7.1）',
  'check.expectedArray': 'ここには配列が必要です',
  'check.expectedObject': 'ここにはオブジェクトが必要です',
  'check.expectedGeometry': 'ここにはジオメトリのオブジェクトが必要です',
  'check.expectedPositions': 'ここには位置の配列が必要です',
  'check.numberForPosition':
    '位置（[経度, 緯度]）があるべき所に数値があります。座標の [ ] が1段足りません',
  'check.expectedPosition': 'ここには位置（[経度, 緯度]）が必要です',
  'check.lineShort': '線には2つ以上の位置が必要です',
  'check.ringShort': 'ポリゴンのリングには4つ以上の位置が必要です',
  'check.ringOpen': 'ポリゴンのリングが閉じていません。最初と最後の位置が異なります',
  'check.other': '{message}',
  'axis.longitude': '経度',
  'axis.latitude': '緯度',
  'axis.altitude': '高度',
  'axis.coordinate': '座標',
  'check.notFinite': '{axis} {value} は有限の数ではありません',
  'check.latitudeRange': '緯度 {value} が −90〜90 の範囲外です',
  'check.longitudeRange': '経度 {value} が −180〜180 の範囲外です',
  'check.longitude360': '{message}。経度が0〜360になっていませんか？GeoJSONでは−180〜180です',
  'check.antimeridian':
    '経度が180°線を越えて±180の外に出ています（{furthest}まで）。RFC 7946 §3.1.9はこうした図形を180°で分割するよう求めていますが、地図の描き方に合わせて分割せずに残しています',
  'check.precision':
    '座標の小数点以下が{max}桁を超えています（例：{value}）。{max}桁で約10 cmで、それ以上はファイルが大きくなるだけです',
  'check.outerClockwise': '外側のリングが時計回りです',
  'check.holeCounter': '穴が反時計回りです',
  'check.moreRings': { other: '{which}（ほかにリング{count}個も同様）' },
  'check.winding':
    '{which}。RFC 7946 §3.1.6は外側のリングを反時計回り、穴を時計回りにするよう求めています（右手の法則）。そのまま描画します',
  'check.nestedCollection':
    'GeometryCollectionが別のGeometryCollectionの中にあります。RFC 7946 §3.1.8は入れ子を避けるよう求めています',
  'check.singleCollection':
    'GeometryCollectionにジオメトリが1つしかありません。RFC 7946 §3.1.8はそのジオメトリを直接使うよう勧めています',
};
