# Richards: Martin Richards' operating-system simulation, in the object-oriented style of the
# classic Python port (tasks as classes with run methods, packets on linked queues).
# The largest task count is sys.argv[1]; the default is small.
import sys

I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def packet_pending_state(self):
        self.packet_pending, self.task_waiting, self.task_holding = True, False, False
        return self

    def waiting(self):
        self.packet_pending, self.task_waiting, self.task_holding = False, True, False
        return self

    def running(self):
        self.packet_pending, self.task_waiting, self.task_holding = False, False, False
        return self

    def waiting_with_packet(self):
        self.packet_pending, self.task_waiting, self.task_holding = True, True, False
        return self

    def is_held_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.task_list = None
        self.current = None
        self.hold_count = 0
        self.qpkt_count = 0
        self.layout = 0

    def add(self, task):
        self.tasks[task.ident] = task
        task.link = self.task_list
        self.task_list = task

    def find(self, ident):
        return self.tasks[ident]

    def schedule(self):
        self.current = self.task_list
        while self.current is not None:
            t = self.current
            if t.is_held_or_waiting():
                self.current = t.link
            else:
                self.current = t.run_task()

    def hold_self(self):
        self.hold_count += 1
        self.current.task_holding = True
        return self.current.link

    def release(self, ident):
        t = self.find(ident)
        t.task_holding = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def wait(self):
        self.current.task_waiting = True
        return self.current

    def queue_packet(self, packet):
        t = self.find(packet.ident)
        self.qpkt_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return t.add_packet(packet, self.current)


class Task(TaskState):
    def __init__(self, scheduler, ident, priority, work_in, state):
        TaskState.__init__(self)
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.input = work_in
        self.packet_pending = state.packet_pending
        self.task_waiting = state.task_waiting
        self.task_holding = state.task_holding
        self.link = None
        scheduler.add(self)

    def add_packet(self, packet, old):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            packet.append_to(self.input)
        return old

    def run_task(self):
        if self.is_waiting_with_packet():
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.running()
            else:
                self.packet_pending_state()
        else:
            msg = None
        return self.fn(msg)


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, work_in, state, count):
        Task.__init__(self, scheduler, ident, priority, work_in, state)
        self.control = 1
        self.count = count

    def fn(self, packet):
        s = self.scheduler
        self.count -= 1
        if self.count == 0:
            return s.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return s.release(I_DEVA)
        self.control = self.control // 2 ^ 0xD008
        return s.release(I_DEVB)


class WorkTask(Task):
    def __init__(self, scheduler, ident, priority, work_in, state):
        Task.__init__(self, scheduler, ident, priority, work_in, state)
        self.destination = I_HANDLERA
        self.count = 0

    def fn(self, packet):
        s = self.scheduler
        if packet is None:
            return s.wait()
        self.destination = I_HANDLERB if self.destination == I_HANDLERA else I_HANDLERA
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = ord("A") + self.count - 1
        return s.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, work_in, state):
        Task.__init__(self, scheduler, ident, priority, work_in, state)
        self.work_in = None
        self.device_in = None

    def fn(self, packet):
        s = self.scheduler
        if packet is not None:
            if packet.kind == K_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        if self.work_in is not None:
            work = self.work_in
            count = work.datum
            if count < BUFSIZE:
                if self.device_in is not None:
                    dev = self.device_in
                    self.device_in = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return s.queue_packet(dev)
            else:
                self.work_in = work.link
                return s.queue_packet(work)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, work_in, state):
        Task.__init__(self, scheduler, ident, priority, work_in, state)
        self.pending = None
        self.written = []

    def fn(self, packet):
        s = self.scheduler
        if packet is None:
            if self.pending is None:
                return s.wait()
            packet, self.pending = self.pending, None
            return s.queue_packet(packet)
        self.pending = packet
        self.written.append(chr(packet.datum))
        return s.hold_self()


def run(count):
    s = Scheduler()
    IdleTask(s, I_IDLE, 1, None, TaskState().running(), count)
    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    WorkTask(s, I_WORK, 1000, wkq, TaskState().waiting_with_packet())
    wkq = Packet(None, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    HandlerTask(s, I_HANDLERA, 2000, wkq, TaskState().waiting_with_packet())
    wkq = Packet(None, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    HandlerTask(s, I_HANDLERB, 3000, wkq, TaskState().waiting_with_packet())
    DeviceTask(s, I_DEVA, 4000, None, TaskState().waiting())
    DeviceTask(s, I_DEVB, 5000, None, TaskState().waiting())
    s.schedule()
    return s


largest = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
for count in (largest // 100, largest // 10, largest):
    s = run(count)
    print(count, "qpkt", s.qpkt_count, "holds", s.hold_count)
    print("  deva wrote", "".join(s.find(I_DEVA).written[:30]))
    print("  devb wrote", "".join(s.find(I_DEVB).written[:30]))
