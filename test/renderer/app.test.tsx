import fs from 'node:fs';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setApi } from '../../renderer/api/client';
import { App } from '../../renderer/components/App';
import { useApp } from '../../renderer/store';
import { realHost } from './hostClient';

const initial = useApp.getState();

beforeEach(() => {
  useApp.setState(initial, true);
  sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  setApi(null);
});

describe('the app shell', () => {
  it('creates a map, adds, renames and deletes actors, with undo', async () => {
    const { host, client } = realHost();
    setApi(client);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'New map' }));
    fireEvent.change(screen.getByLabelText('Town or city'), { target: { value: 'Riverton' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create map' }));
    const box = await screen.findByPlaceholderText('Name, then Enter');
    for (const name of ['Ana Ruiz', 'Bob Chen']) {
      fireEvent.change(box, { target: { value: name } });
      fireEvent.submit(box.closest('form')!);
      await screen.findByText(name);
    }
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
    const docId = useApp.getState().docId!;
    expect(host.docById(docId).map.actors.map((a) => a.name)).toEqual(['Ana Ruiz', 'Bob Chen']);

    fireEvent.click(screen.getByRole('button', { name: 'Delete Ana Ruiz' }));
    await waitFor(() => expect(host.docById(docId).map.actors.map((a) => a.name)).toEqual(['Bob Chen']));
    await act(() => useApp.getState().undo());
    await waitFor(() => expect(host.docById(docId).map.actors.map((a) => a.name)).toEqual(['Ana Ruiz', 'Bob Chen']));
    expect(screen.getByText('Ana Ruiz')).toBeTruthy();
    host.closeAll();
  });

  it('requires a town name, in the chosen language', async () => {
    const { client } = realHost('es');
    setApi(client);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Mapa nuevo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Crear el mapa' }));
    expect(await screen.findByText('Por favor, escriba el nombre del pueblo.')).toBeTruthy();
  });

  it('shows a refused save as a translated message and never claims it was saved', async () => {
    const { client, host } = realHost();
    setApi(client);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'New map' }));
    fireEvent.change(screen.getByLabelText('Town or city'), { target: { value: 'Westfield' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create map' }));
    await screen.findByPlaceholderText('Name, then Enter');
    // The file went read-only behind the window's back: the host refuses the write.
    const docId = useApp.getState().docId!;
    fs.chmodSync(host.docById(docId).file, 0o444);
    const box = screen.getByPlaceholderText('Name, then Enter');
    fireEvent.change(box, { target: { value: 'Ana Ruiz' } });
    fireEvent.submit(box.closest('form')!);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/read-only/i);
    expect(screen.getByTestId('save-status').textContent).not.toBe('Saved');
  });
});
