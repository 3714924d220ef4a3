import { describe, expect, it } from 'vitest';
import type { Service, ServiceStatus } from '@/lib/whmcs/types';
import { PAGE_SIZE, pageServices, parseServicesQuery, servicesQueryString, toServiceRow } from './services-page';

const USD = { currency: { code: 'USD', prefix: '$', suffix: ' USD', format: 2 }, customerFields: () => new Set([8]), unpaidInvoiceByOrder: new Map<number, number>() };

function service(id: number, status: ServiceStatus, fields: Partial<Service> = {}): Service {
  return {
    id,
    clientId: 1,
    orderId: id,
    pid: 1,
    name: `Service ${id}`,
    groupName: 'Shared Hosting',
    domain: `site${id}.example`,
    status,
    billingCycle: 'Monthly',
    quantity: 1,
    firstPaymentAmount: 499,
    recurringAmount: 499,
    paymentMethod: 'mailin',
    paymentMethodName: 'Bank transfer',
    registrationDate: '2025-01-01',
    nextDueDate: '2025-02-01',
    configOptions: [],
    customFields: [],
    ...fields,
  };
}

// 23 services: 13 Active, 6 Pending, 4 Cancelled.
const all = Array.from({ length: 23 }, (_, i) => service(i + 1, i < 13 ? 'Active' : i < 19 ? 'Pending' : 'Cancelled'));

describe('pageServices', () => {
  it('pages all services in pages of PAGE_SIZE', () => {
    const first = pageServices(all, { page: 1 }, USD);
    expect(first).toMatchObject({ page: 1, pageSize: PAGE_SIZE, total: 23, pageCount: 3, status: null });
    expect(first.services.map((s) => s.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(pageServices(all, { page: 3 }, USD).services.map((s) => s.id)).toEqual([21, 22, 23]);
  });

  it('filters by status before paging, so totals and pages are exact', () => {
    const pending = pageServices(all, { status: 'Pending', page: 1 }, USD);
    expect(pending).toMatchObject({ total: 6, pageCount: 1, status: 'Pending' });
    expect(pending.services.every((s) => s.status === 'Pending')).toBe(true);
    const active2 = pageServices(all, { status: 'Active', page: 2 }, USD);
    expect(active2.services.map((s) => s.id)).toEqual([11, 12, 13]);
  });

  it('counts every status whatever the filter', () => {
    expect(pageServices(all, { status: 'Cancelled', page: 1 }, USD).counts).toMatchObject({ all: 23, Active: 13, Pending: 6, Cancelled: 4, Suspended: 0 });
  });

  it('shows the last page for a page past the end, and one empty page for no services', () => {
    expect(pageServices(all, { status: 'Cancelled', page: 3 }, USD)).toMatchObject({ page: 1, total: 4 });
    expect(pageServices([], { page: 1 }, USD)).toMatchObject({ page: 1, pageCount: 1, total: 0, services: [] });
  });
});

describe('toServiceRow', () => {
  it('keeps what the customer needs and nothing else', () => {
    const row = toServiceRow(service(5, 'Active', { recurringAmount: 4995, billingCycle: 'Annually', nextDueDate: '2026-01-01' }), USD);
    expect(row).toEqual({
      id: 5,
      name: 'Service 5',
      groupName: 'Shared Hosting',
      domain: 'site5.example',
      status: 'Active',
      billingCycle: 'Annually',
      quantity: 1,
      details: [],
      payment: null,
      recurringAmount: '$49.95 USD',
      nextDueDate: '2026-01-01',
    });
    expect(Object.keys(row)).not.toContain('password');
  });
  it('says nothing renews for one-time and free services', () => {
    expect(toServiceRow(service(1, 'Active', { billingCycle: 'One Time', nextDueDate: '0000-00-00' }), USD)).toMatchObject({ recurringAmount: null, nextDueDate: null });
    expect(toServiceRow(service(1, 'Active', { billingCycle: 'Free Account' }), USD)).toMatchObject({ recurringAmount: null, nextDueDate: null });
  });
  it('shows what was ordered as the cart did: quantity, options, custom fields, "Free"', () => {
    const mail = service(2, 'Pending', {
      billingCycle: 'Free Account',
      quantity: 5,
      configOptions: [{ id: 7, name: 'Storage', kind: 'dropdown', value: '50 GB' }],
      customFields: [{ id: 8, name: 'Email domain', value: 'shop.example' }],
    });
    expect(toServiceRow(mail, USD)).toMatchObject({ billingCycle: 'Free', quantity: 5, details: ['Storage: 50 GB', 'Email domain: shop.example'] });
  });
  it('offers to pay the unpaid invoice of the order that created the service', () => {
    const context = { ...USD, unpaidInvoiceByOrder: new Map([[4, 40]]) };
    expect(toServiceRow(service(4, 'Pending'), context).payment).toEqual({ orderId: 4, invoiceId: 40 });
    expect(toServiceRow(service(5, 'Active'), context).payment).toBeNull();
  });
});

describe('the query', () => {
  it('reads status and page, ignoring junk', () => {
    expect(parseServicesQuery(new URLSearchParams('status=Active&page=2'))).toEqual({ status: 'Active', page: 2 });
    expect(parseServicesQuery(new URLSearchParams('status=active&page=-3'))).toEqual({ status: undefined, page: 1 });
    expect(parseServicesQuery(new URLSearchParams('page=abc'))).toEqual({ status: undefined, page: 1 });
    expect(parseServicesQuery(new URLSearchParams(''))).toEqual({ status: undefined, page: 1 });
  });
  it('writes only what differs from the defaults', () => {
    expect(servicesQueryString({ page: 1 })).toBe('');
    expect(servicesQueryString({ status: 'Pending', page: 2 })).toBe('?status=Pending&page=2');
  });
});
