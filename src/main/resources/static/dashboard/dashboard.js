// The dashboard reads every number from the reports API with the browser's login; labels and
// definitions come from /api/reports/metrics, so nothing here computes or names a metric itself.
'use strict';

const charts = {};
let labels = {};

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

async function getJson(path) {
  const response = await fetch(path,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.detail || ('HTTP ' + response.status));
  }
  return body;
}

function chart(id) {
  charts[id] = charts[id] || echarts.init(document.getElementById(id));
  return charts[id];
}

function percent(share) {
  return share === null || share === undefined ? '–' : (share * 100).toFixed(1) + '%';
}

function filters() {
  const form = new FormData(document.getElementById('filters'));
  const params = new URLSearchParams();
  for (const [name, value] of form) {
    if (value) params.set(name, value);
  }
  return params;
}

function table(id, headers, rows) {
  const target = document.getElementById(id);
  target.replaceChildren();
  const head = el('tr');
  headers.forEach((h) => head.appendChild(el('th', h)));
  target.appendChild(head);
  rows.forEach((cells) => {
    const tr = el('tr');
    cells.forEach((c) => tr.appendChild(c instanceof Node ? c : el('td', c)));
    target.appendChild(tr);
  });
}

function renderTotals(totals) {
  const target = document.getElementById('totals');
  target.replaceChildren();
  const shown = [['exits', totals.exits], ['regressionRate', percent(totals.regressionRate)],
    ['won', totals.won], ['lost', totals.lost], ['slaYellow', totals.slaYellow],
    ['slaRed', totals.slaRed]];
  shown.forEach(([id, value]) => {
    const card = el('div', null, 'card');
    card.dataset.metric = id;
    card.append(el('div', value, 'value'), el('div', labels[id] || id, 'label'));
    target.appendChild(card);
  });
}

function renderStages(stages) {
  table('stage-table', ['阶段', labels.exits, labels.avgDwellDays, labels.medianDwellDays,
    labels.regressionRate, labels.slaYellow, labels.slaRed],
  stages.map((s) => [s.stageName, s.exits, s.avgDwellDays ?? '–', s.medianDwellDays ?? '–',
    percent(s.regressionRate), s.slaYellow, s.slaRed]));
}

function dealRows(deals, extra) {
  return deals.map((d) => {
    const level = el('td', d.slaLevel || '', d.slaLevel || '');
    return [d.customer, d.title, d.owner, Number(d.amount).toLocaleString('zh-CN'), d.stageName,
      level, ...extra(d)];
  });
}

function renderStalled(stalled) {
  table('stalled', ['客户', '商机', '负责人', '金额', '阶段', 'SLA', '停留（工作日）'],
    dealRows(stalled, (d) => [d.workingDaysInStage]));
}

function renderSlaBoard(deals) {
  table('sla-board', ['客户', '商机', '负责人', '金额', '阶段', 'SLA', '进入时间'],
    dealRows(deals, (d) => [new Date(d.enteredAt).toLocaleString('zh-CN')]));
}

function renderFunnel(funnel, params) {
  const names = funnel.stages.map((s) => s.stageName);
  chart('funnel-chart').setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.entered, labels.advanced] },
    grid: { left: 40, right: 10, bottom: 60 },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { id: 'entered', name: labels.entered, type: 'bar',
        data: funnel.stages.map((s) => s.entered) },
      { id: 'advanced', name: labels.advanced, type: 'bar',
        data: funnel.stages.map((s) => s.advanced) },
    ],
  }, true);
  chart('funnel-chart').off('click');
  chart('funnel-chart').on('click', (event) => drillDown(funnel.stages[event.dataIndex],
    event.seriesId === 'advanced' ? 'ADVANCED' : 'ENTERED', params));
}

async function drillDown(stage, measure, params) {
  const query = new URLSearchParams(params);
  query.set('stage', stage.stageKey);
  query.set('measure', measure);
  const deals = await getJson('/api/reports/funnel/deals?' + query);
  const target = document.getElementById('funnel-deals');
  target.replaceChildren(el('h3', stage.stageName + ' · ' + (measure === 'ADVANCED'
    ? labels.advanced : labels.entered) + '：' + deals.length));
  const list = el('table');
  list.id = 'funnel-deal-table';
  target.appendChild(list);
  table('funnel-deal-table', ['客户', '商机', '负责人', '金额', '当前阶段', '', '状态'],
    dealRows(deals, (d) => [d.status]));
}

function renderHeatmap(heatmap) {
  const rows = heatmap.stages.map((s) => s.pipeline + '/' + s.stageKey);
  const data = heatmap.cells.map((c) => [heatmap.weeks.indexOf(c.week),
    rows.indexOf(c.pipeline + '/' + c.stageKey), c.avgDwellDays]);
  const values = heatmap.cells.map((c) => c.avgDwellDays);
  chart('heatmap-chart').setOption({
    tooltip: { position: 'top' },
    grid: { left: 90, right: 10, bottom: 90 },
    xAxis: { type: 'category', data: heatmap.weeks, axisLabel: { rotate: 45 } },
    yAxis: { type: 'category', data: heatmap.stages.map((s) => s.stageName) },
    visualMap: { min: 0, max: Math.max(1, ...values), calculable: true, orient: 'horizontal',
      left: 'center', bottom: 0, inRange: { color: ['#e0f3db', '#fdae61', '#d7191c'] } },
    series: [{ id: 'dwell', name: labels.avgDwellDays, type: 'heatmap', data,
      label: { show: true } }],
  }, true);
}

function renderFirstResponse(rate) {
  chart('first-response-chart').setOption({
    tooltip: { trigger: 'axis' },
    grid: { left: 50, right: 10, bottom: 40 },
    xAxis: { type: 'category', data: rate.reps.map((r) => r.owner) },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [{ id: 'rate', name: labels.firstResponseRate, type: 'bar',
      data: rate.reps.map((r) => (r.rate === null ? null : Math.round(r.rate * 1000) / 10)) }],
  }, true);
}

async function refresh() {
  const params = filters();
  const status = document.getElementById('status');
  status.textContent = '加载中…';
  try {
    const health = await getJson('/api/reports/process-health?' + params);
    renderTotals(health.totals);
    renderStages(health.stages);
    renderStalled(health.stalled);
    renderSlaBoard(await getJson('/api/reports/sla-board?' + params));
    if (params.get('pipeline')) {
      renderFunnel(await getJson('/api/reports/funnel?' + params), params);
    }
    renderHeatmap(await getJson('/api/reports/stage-heatmap?' + params));
    renderFirstResponse(await getJson('/api/leads/first-response-rate?'
      + new URLSearchParams({ from: health.start, to: health.end })));
    status.textContent = health.from + ' 至 ' + health.to;
    document.body.dataset.loaded = 'true';
  } catch (error) {
    status.textContent = '无法加载：' + error.message;
  }
}

async function start() {
  const metrics = await getJson('/api/reports/metrics');
  labels = Object.fromEntries(metrics.map((m) => [m.id, m.label]));
  const pipelines = await getJson('/api/pipelines');
  const select = document.querySelector('#filters select[name=pipeline]');
  pipelines.forEach((p) => {
    const option = el('option', p.name);
    option.value = p.key;
    select.appendChild(option);
  });
  const query = new URLSearchParams(location.search);
  for (const name of ['from', 'to', 'pipeline', 'team']) {
    if (query.get(name)) document.querySelector(`#filters [name=${name}]`).value = query.get(name);
  }
  document.getElementById('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', '?' + filters());
    refresh();
  });
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
  await refresh();
}

start();
