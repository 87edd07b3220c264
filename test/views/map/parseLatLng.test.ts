import { describe, expect, it } from 'vitest';

import { parseLatLng } from '../../../src/views/map/parseLatLng';

const ok = (lat: number, lng: number) => ({ ok: true, value: { lat, lng } });
const err = (message: string) => ({ ok: false, message });

describe('parseLatLng: accepted forms', () => {
  it.each([
    ['51.5412, -0.0553', 51.5412, -0.0553],
    ['51.5412,-0.0553', 51.5412, -0.0553],
    ['  51.5412   -0.0553  ', 51.5412, -0.0553],
    ['51.5412°, -0.0553°', 51.5412, -0.0553],
    ['51.5412 °, -0.0553 °', 51.5412, -0.0553],
    ['(51.5412, -0.0553)', 51.5412, -0.0553],
    ['[51.5412 -0.0553]', 51.5412, -0.0553],
    ['51.5412, \u22120.0553', 51.5412, -0.0553],
    ['+51.5412, .5', 51.5412, 0.5],
    ['51.5412° N, 0.0553° W', 51.5412, -0.0553],
    ['51.5412N 0.0553W', 51.5412, -0.0553],
    ['33.8688 s, 151.2093 e', -33.8688, 151.2093],
    ['0.0553° W, 51.5412° N', 51.5412, -0.0553],
    ['51,5412; -0,0553', 51.5412, -0.0553],
    ['90, 180', 90, 180],
    ['-90, -180', -90, -180],
    ['0, -0', 0, 0],
  ])('%j', (input, lat, lng) => {
    expect(parseLatLng(input)).toEqual(ok(lat, lng));
  });
});

describe('parseLatLng: exact error messages', () => {
  it('asks for input when empty', () => {
    expect(parseLatLng('   ')).toEqual(err('Type a latitude and longitude, e.g. "51.5412, -0.0553".'));
  });

  it.each(['Mare Street', '51.5412, abc', '51°32′28″N 0°3′19″W', '1e3, 2', '51.5.4, 0', '--51, 0', `${'1'.repeat(101)}, 0`])(
    'cannot read %j',
    (input) => {
      expect(parseLatLng(input)).toEqual(
        err('Could not read this as a latitude and longitude. Type two decimal numbers, latitude first, e.g. "51.5412, -0.0553".'),
      );
    },
  );

  it('counts the numbers it found', () => {
    expect(parseLatLng('51.5412')).toEqual(err('Expected two numbers (latitude, longitude) but found 1.'));
    expect(parseLatLng('51,5412, -0,0553')).toEqual(err('Expected two numbers (latitude, longitude) but found 4.'));
  });

  it('points out a swapped pair instead of swapping it silently', () => {
    expect(parseLatLng('151.2093, -33.8688')).toEqual(
      err('Latitude 151.2093 is out of range (-90 to 90). It looks like the numbers are swapped: type latitude first, e.g. "-33.8688, 151.2093".'),
    );
  });

  it('reports a plain range error when swapping would not help', () => {
    expect(parseLatLng('95, 120')).toEqual(err('Latitude 95 is out of range: it must be between -90 and 90.'));
    expect(parseLatLng('200, 10')).toEqual(err('Latitude 200 is out of range: it must be between -90 and 90.'));
    expect(parseLatLng('51.5, 181')).toEqual(err('Longitude 181 is out of range: it must be between -180 and 180.'));
    expect(parseLatLng('95 N, 10 E')).toEqual(err('Latitude 95 is out of range: it must be between -90 and 90.'));
  });

  it('insists on consistent hemisphere letters', () => {
    const letters = err('Mark one number with N or S and the other with E or W, or mark neither.');
    expect(parseLatLng('51.5 N, -0.05')).toEqual(letters);
    expect(parseLatLng('51.5 N, 0.05 S')).toEqual(letters);
    expect(parseLatLng('51.5 E, 0.05 W')).toEqual(letters);
    expect(parseLatLng('-51.5 S, 0.05 W')).toEqual(err('Use either a minus sign or N/S/E/W, not both.'));
  });
});
