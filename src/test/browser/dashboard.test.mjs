// A rep opens the dashboard after a few deals moved: the charts show exactly the numbers the
// reports API returns, customer names appear as text (never as markup), and the page fits a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startSalesflow, api } from './salesflow.mjs';

const PIPELINE = 'industrial-equipment-sales';
const MARKUP_CUSTOMER = '<img src=x onerror="window.injected=1">华东精密';

let salesflow;
let browser;

before(async () => {
  salesflow = await startSalesflow();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await seedDeals();
});

after(async () => {
  await browser?.close();
  salesflow?.stop();
});

async function call(method, path, body) {
  const reply = await api(salesflow.url, 'lilei', method, path, body);
  assert.ok(reply.status < 300, `${method} ${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

async function seedDeals() {
  const open = (customer, amount) => call('POST', '/api/opportunities',
    { customer, title: '数控机床', amount, pipeline: PIPELINE });
  const advanced = await open('远航物流', 1_200_000);
  await call('PATCH', `/api/opportunities/${advanced.id}/fields`, {
    technicalRequirements: '五轴加工', proposedSolution: 'VMC-850', technicalContact: '王工' });
  await call('POST', `/api/opportunities/${advanced.id}/advance`, {});
  const lost = await open('北方重工', 300_000);
  await call('POST', `/api/opportunities/${lost.id}/lose`, { reason: '预算取消' });
  await open(MARKUP_CUSTOMER, 2_500_000);
}

async function openDashboard(viewport) {
  const context = await browser.newContext({ viewport,
    httpCredentials: { username: 'lilei', password: 'demo' } });
  const page = await context.newPage();
  await page.goto(`${salesflow.url}/dashboard?pipeline=${PIPELINE}`);
  await page.waitForSelector('body[data-loaded=true]', { timeout: 30_000 });
  return page;
}

function chartOption(page, id) {
  return page.evaluate((elementId) => {
    const option = echarts.getInstanceByDom(document.getElementById(elementId)).getOption();
    return JSON.parse(JSON.stringify({ xAxis: option.xAxis, yAxis: option.yAxis,
      series: option.series.map((s) => ({ id: s.id, data: s.data })) }));
  }, id);
}

test('the dashboard charts show the numbers of the reports API', async () => {
  const page = await openDashboard({ width: 1280, height: 900 });
  const query = new URLSearchParams(new URL(page.url()).search);
  const funnel = await call('GET', `/api/reports/funnel?${query}`);
  const heatmap = await call('GET', `/api/reports/stage-heatmap?${query}`);
  const health = await call('GET', `/api/reports/process-health?${query}`);

  const funnelChart = await chartOption(page, 'funnel-chart');
  assert.deepEqual(funnelChart.xAxis[0].data, funnel.stages.map((s) => s.stageName));
  assert.deepEqual(funnelChart.series.find((s) => s.id === 'entered').data,
    funnel.stages.map((s) => s.entered));
  assert.deepEqual(funnelChart.series.find((s) => s.id === 'advanced').data,
    funnel.stages.map((s) => s.advanced));
  assert.equal(funnel.stages[0].entered, 3);
  assert.equal(funnel.stages[0].advanced, 1);

  const heat = await chartOption(page, 'heatmap-chart');
  assert.deepEqual(heat.series[0].data.map((d) => d[2]).sort(),
    heatmap.cells.map((c) => c.avgDwellDays).sort());
  assert.equal(heatmap.cells.length > 0, true);

  const lost = await page.textContent('#totals [data-metric=lost] .value');
  assert.equal(Number(lost), health.totals.lost);
  assert.equal(health.totals.lost, 1);
});

test('a customer name with markup is shown as text and never runs', async () => {
  const page = await openDashboard({ width: 1280, height: 900 });

  const cells = await page.$$eval('#stalled td', (tds) => tds.map((td) => td.textContent));
  assert.ok(cells.includes(MARKUP_CUSTOMER), 'the stalled deals list the customer verbatim');
  assert.equal(await page.evaluate(() => window.injected), undefined);
  assert.equal(await page.$('#stalled img'), null);
});

test('the funnel drills down to the deals it counted', async () => {
  const page = await openDashboard({ width: 1280, height: 900 });

  await page.evaluate(() => {
    const chart = echarts.getInstanceByDom(document.getElementById('funnel-chart'));
    chart.trigger('click', { dataIndex: 0, seriesId: 'entered' });
  });
  await page.waitForSelector('#funnel-deal-table tr:nth-child(4)');

  const rows = await page.$$eval('#funnel-deal-table tr', (trs) => trs.length - 1);
  assert.equal(rows, 3);
});

test('the dashboard fits a phone screen', async () => {
  const page = await openDashboard({ width: 390, height: 844 });

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  const width = await page.evaluate(() => document.getElementById('funnel-chart').clientWidth);
  assert.ok(width > 300 && width <= 390, `funnel chart ${width}px wide`);
});
